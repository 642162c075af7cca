import type { AnalysisView } from './useAnalysis';
import { formatValue } from './format';

/** The hot-spot layer as a table, for people who cannot read the map: each significant cell, its ward and figures. */
export function HotSpotTable({ view, wardOf }: { view: AnalysisView; wardOf: (cell: string) => string }) {
  const rows =
    view.kind === 'gistar'
      ? view.index
          .filter((i) => view.result.bin[i] !== 0)
          .sort((a, b) => view.result.z[b] - view.result.z[a])
          .map((i) => ({
            cell: view.result.cells[i],
            label: `${view.result.bin[i] > 0 ? 'Hot' : 'Cold'} ${[0, 90, 95, 99][Math.abs(view.result.bin[i])]} %`,
            figure: `z ${view.result.z[i].toFixed(2)} · ${formatValue(view.result.values[i])}`,
          }))
      : view.index
          .filter((i) => view.result.classes[i] !== 'no pattern detected')
          .map((i) => ({ cell: view.result.cells[i], label: view.result.classes[i], figure: formatValue(view.result.totals[i]) }));
  return (
    <table className="compact-table" data-testid="hotspot-table">
      <caption className="small">
        {rows.length} cells {view.kind === 'gistar' ? 'significant at 90 % or more' : 'with an emerging pattern'} (first 40)
      </caption>
      <thead>
        <tr>
          <th scope="col">Cell</th>
          <th scope="col">Ward (centre)</th>
          <th scope="col">Class</th>
          <th scope="col">Figures</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 40).map((r) => (
          <tr key={r.cell}>
            <td>…{r.cell.slice(-6)}</td>
            <td>{wardOf(r.cell)}</td>
            <td>{r.label}</td>
            <td>{r.figure}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
