import { useState } from 'react';
import { wardRows, type WardRow } from '../analysis/wardRates';
import type { Ward } from '../geo/areaIndex';
import { formatValue } from './format';

type SortKey = 'name' | 'count' | 'share' | 'rate';

interface Props {
  wards: readonly Ward[];
  counts: Float64Array;
  /** Harm per ward when the metric is harm; share and rate then follow harm. */
  values: Float64Array | null;
  populations: readonly number[];
  selected: readonly string[];
  onSelect: (code: string) => void;
}

type Column = { key: SortKey; label: string };

/** Each ward's count, share and approximate rate for the current filters; sortable, click to select. */
export function WardTable({ wards, counts, values, populations, selected, onSelect }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'count', desc: true });
  const rows = wardRows(values ?? counts, populations);
  const columns: Column[] = [
    { key: 'name', label: 'Ward' },
    { key: 'count', label: values ? 'Harm' : 'Records' },
    { key: 'share', label: 'Share' },
    { key: 'rate', label: `${values ? 'Harm' : 'Records'} per 1,000 residents (approx.)` },
  ];
  const value = (r: WardRow): number | string =>
    sort.key === 'name' ? wards[r.ward].name : sort.key === 'count' ? r.count : sort.key === 'share' ? r.share : (r.ratePer1000 ?? -1);
  rows.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const c = typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number);
    return sort.desc ? -c : c;
  });
  const chosen = new Set(selected);
  return (
    <table className="ward-table" data-testid="ward-table">
      <caption>
        Wards for the current filters{values ? ', weighted by harm' : ''}. Rates use mid-2019 LSOA populations summed to 2013 wards: approximate.
      </caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                className="sort"
                onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.key !== 'name' }))}
              >
                {c.label}
                {sort.key === c.key ? (sort.desc ? ' ▼' : ' ▲') : ''}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const w = wards[r.ward];
          return (
            <tr key={w.code} className={chosen.has(w.code) ? 'selected' : ''}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(w.code)} title={`Show ${w.name} only`}>
                  {w.name}
                </button>
              </th>
              <td>{formatValue(r.count)}</td>
              <td>{(100 * r.share).toFixed(1)}%</td>
              <td>{r.ratePer1000 === null ? '—' : `≈${r.ratePer1000.toFixed(1)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
