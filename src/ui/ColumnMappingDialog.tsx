import { useState } from 'react';
import { POLICE_UK_CATEGORIES, type PoliceUkCategory } from '../domain/categories';
import { distinctValues } from '../ingest/council/mappingGuess';
import type { ColumnMapping } from '../domain/columnMapping';
import type { TabularFile } from '../ingest/formats/tabular';

interface Props {
  table: TabularFile;
  initial: Partial<ColumnMapping>;
  onLoad: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}

/** Map the columns of any incident file: date, category (onto police.uk's), coordinates, location text. */
export function ColumnMappingDialog({ table, initial, onLoad, onCancel }: Props) {
  const cols = table.header;
  const [date, setDate] = useState(initial.date ?? cols[0]);
  const [category, setCategory] = useState(initial.category ?? cols[0]);
  const [kind, setKind] = useState<'bng' | 'latlon'>(initial.coordinates?.kind ?? 'bng');
  const [x, setX] = useState(initial.coordinates?.kind === 'bng' ? initial.coordinates.easting : initial.coordinates?.lon ?? cols[0]);
  const [y, setY] = useState(initial.coordinates?.kind === 'bng' ? initial.coordinates.northing : initial.coordinates?.lat ?? cols[0]);
  const [location, setLocation] = useState(initial.location ?? '');
  const values = distinctValues(table, category, 50);
  const [categoryMap, setCategoryMap] = useState<Record<string, PoliceUkCategory>>(initial.categoryMap ?? {});
  const mapOf = (v: string): PoliceUkCategory => categoryMap[v] ?? 'Anti-social behaviour';

  const select = (label: string, value: string, set: (v: string) => void, optional = false) => (
    <label className="mapping-field">
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {optional && <option value="">(none)</option>}
        {cols.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div role="dialog" aria-label="Map the columns of your file" className="mapping-dialog" data-testid="mapping-dialog">
      <h3>Map the columns of {table.name}</h3>
      <p className="muted small">
        {table.rows.length.toLocaleString('en-GB')} rows. Records join the map as their own source; council and police.uk
        ASB can describe the same incidents, so totals that add them say "may double count".
      </p>
      {select('Date or date-time', date, setDate)}
      {select('Category', category, setCategory)}
      <fieldset className="mapping-coords">
        <legend>Coordinates</legend>
        <label>
          <input type="radio" checked={kind === 'bng'} onChange={() => setKind('bng')} /> British National Grid (easting, northing)
        </label>
        <label>
          <input type="radio" checked={kind === 'latlon'} onChange={() => setKind('latlon')} /> Longitude, latitude (WGS84)
        </label>
        {select(kind === 'bng' ? 'Easting' : 'Longitude', x, setX)}
        {select(kind === 'bng' ? 'Northing' : 'Latitude', y, setY)}
      </fieldset>
      {select('Location text', location, setLocation, true)}
      <table className="compact-table mapping-categories">
        <caption>Count each category as</caption>
        <tbody>
          {values.map(({ value, count }) => (
            <tr key={value}>
              <th scope="row">
                {value || '(empty)'} <span className="muted">({count})</span>
              </th>
              <td>
                <select
                  aria-label={`Police.uk category for ${value}`}
                  value={mapOf(value)}
                  onChange={(e) => setCategoryMap({ ...categoryMap, [value]: e.target.value as PoliceUkCategory })}
                >
                  {POLICE_UK_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="group-buttons">
        <button
          type="button"
          data-testid="mapping-load"
          onClick={() =>
            onLoad({
              date,
              category,
              categoryMap: Object.fromEntries(values.map(({ value }) => [value, mapOf(value)])),
              coordinates: kind === 'bng' ? { kind, easting: x, northing: y } : { kind, lon: x, lat: y },
              location: location || undefined,
            })
          }
        >
          Load with this mapping
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
