import { topCells } from '../analysis/backtest';
import type { StudyValues } from '../coordinator/hotSpotRunner';
import { formatValue } from './format';

const TOP_N = 20;

/** How the top cells change between two metrics (count against a harm scheme): the lists and their overlap. */
export function SensitivityPanel({ a, b, labelA, labelB }: { a: StudyValues; b: StudyValues; labelA: string; labelB: string }) {
  const idx = (s: StudyValues) => Array.from(s.values.keys()).filter((i) => s.shown[i]);
  const shown = idx(a);
  const top = (s: StudyValues) => Array.from(topCells(shown.map((i) => s.values[i]), TOP_N), (k) => shown[k]);
  const topA = top(a);
  const topB = top(b);
  const shared = topA.filter((i) => topB.includes(i)).length;
  const rows = Array.from({ length: Math.min(10, topA.length) }, (_, r) => [topA[r], topB[r]]);
  return (
    <section className="sensitivity" data-testid="sensitivity" aria-label="Sensitivity">
      <p>
        <strong data-testid="shared-top">{shared} of the top {Math.min(TOP_N, topA.length)}</strong> cells are the same under{' '}
        {labelA} and {labelB}.
      </p>
      <table className="compact-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{labelA}</th>
            <th scope="col">{labelB}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([i, j], r) => (
            <tr key={r}>
              <td>{r + 1}</td>
              <td className={topB.includes(i) ? '' : 'differs'}>
                {a.cells[i].slice(-6)} · {formatValue(a.values[i])}
              </td>
              <td className={topA.includes(j) ? '' : 'differs'}>
                {b.cells[j].slice(-6)} · {formatValue(b.values[j])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">Cells shown by the end of their H3 id; highlighted cells are in one list only.</p>
    </section>
  );
}
