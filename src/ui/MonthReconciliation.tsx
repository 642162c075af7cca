import type { LoadReport } from '../ingest/records/loadReport';

const count = (n: number) => n.toLocaleString('en-GB');

/** A file's rows month by month: rows − without location − outside the area = shown on the map. */
export function MonthReconciliation({ report }: { report: LoadReport }) {
  if (!report.byMonth?.length) return null;
  return (
    <details className="month-reconciliation" data-testid="month-reconciliation">
      <summary>Month by month</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Rows</th>
            <th scope="col">No location</th>
            <th scope="col">Outside the area</th>
            <th scope="col">Shown</th>
          </tr>
        </thead>
        <tbody>
          {report.byMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td>{count(m.rows)}</td>
              <td>{count(m.noLocation)}</td>
              <td>{count(m.outside)}</td>
              <td>{count(m.shown)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.skipped.length > 0 && <p>Unreadable rows have no month that can be trusted, so they are listed above, not here.</p>}
    </details>
  );
}
