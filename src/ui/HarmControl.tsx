import { useState } from 'react';
import { BUILT_IN_SCHEMES, placeholderCount, type HarmScheme } from '../domain/harmSchemes';
import { readScheme, SchemeError, schemeToCsv, schemeToJson } from '../domain/harmSchemeIO';
import { download } from './download';
import { FilePickButton } from './FilePickButton';

interface Props {
  metric: 'count' | 'harm';
  scheme: HarmScheme;
  onChange: (change: { metric?: 'count' | 'harm'; scheme?: HarmScheme }) => void;
}

/** "6 of 14 weights are placeholders" — shown wherever harm is. */
export function placeholderNote(scheme: HarmScheme): string | null {
  const n = placeholderCount(scheme);
  return n ? `${n} of ${scheme.weights.length} weights are placeholders (unverified)` : null;
}

/** Count or harm, which harm scheme, and the scheme's weights: edit, import, export. */
export function HarmControl({ metric, scheme, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const schemes = BUILT_IN_SCHEMES.some((s) => s.id === scheme.id) ? BUILT_IN_SCHEMES : [...BUILT_IN_SCHEMES, scheme];
  const note = placeholderNote(scheme);

  const setWeight = (i: number, weight: number) => {
    if (!Number.isFinite(weight) || weight < 0) return;
    const weights = scheme.weights.map((w, j) =>
      j === i ? { ...w, weight, placeholder: false, basis: 'Set by the analyst.', source: 'analyst' } : w,
    );
    const name = scheme.name.endsWith(' (edited)') ? scheme.name : `${scheme.name} (edited)`;
    onChange({ scheme: { id: `own:${name}`, name, weights } });
  };

  return (
    <fieldset className="control harm">
      <legend>Measure</legend>
      <div className="group-buttons" role="radiogroup" aria-label="Measure">
        <button type="button" aria-pressed={metric === 'count'} onClick={() => onChange({ metric: 'count' })} data-testid="metric-count">
          Count
        </button>
        <button type="button" aria-pressed={metric === 'harm'} onClick={() => onChange({ metric: 'harm' })} data-testid="metric-harm">
          Harm
        </button>
      </div>
      <label className="scheme-select">
        Harm scheme
        <select
          value={scheme.id}
          onChange={(e) => onChange({ scheme: schemes.find((s) => s.id === e.target.value) ?? scheme })}
          data-testid="scheme"
        >
          {schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {note && <p className="unverified" data-testid="placeholder-note">{note}</p>}
      <details className="scheme-weights">
        <summary>Weights, basis and sources</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Weight</th>
            </tr>
          </thead>
          <tbody>
            {scheme.weights.map((w, i) => (
              <tr key={w.category} title={`${w.basis} Source: ${w.source}`}>
                <th scope="row">
                  {w.category}
                  {w.placeholder && <span className="badge">placeholder</span>}
                  <span className="basis">{w.basis}</span>
                </th>
                <td>
                  <input
                    type="number"
                    min={0}
                    step="any"
                    value={w.weight}
                    aria-label={`Weight for ${w.category}`}
                    onChange={(e) => setWeight(i, Number(e.target.value))}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="scheme-io">
          <FilePickButton
            label="Import CSV/JSON…"
            accept=".csv,.json"
            testId="scheme-input"
            onFiles={async ([file]) => {
              try {
                onChange({ scheme: readScheme(await file.text(), file.name), metric: 'harm' });
                setError(null);
              } catch (err) {
                setError(err instanceof SchemeError ? err.message : String(err));
              }
            }}
          />
          <button type="button" onClick={() => download(`${scheme.name}.json`, schemeToJson(scheme), 'application/json')}>
            Export JSON
          </button>
          <button type="button" onClick={() => download(`${scheme.name}.csv`, schemeToCsv(scheme), 'text/csv')}>
            Export CSV
          </button>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </details>
    </fieldset>
  );
}
