import type { LoadReport } from '../ingest/records/loadReport';

const count = (n: number) => n.toLocaleString('en-GB');

/** A file's rows month by month: rows − without location − outside the area = shown on the map. */
export function MonthReconciliation({ report }: { report: LoadReport }) {
  if (!report.byMonth?.length) return null;
  return (
    <details className="month-reconciliation" data-testid="month-reconciliation">
      <summary>Month by month</summary>
      <table className="compact-table">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Rows</th>
            <th scope="col" title="Rows without a location">No loc.</th>
            <th scope="col" title="Rows whose point lies outside the area">Outside</th>
            <th scope="col" title="Rows on the map">Shown</th>
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
      <p className="small">Rows − no location − outside = shown.</p>
      {report.skipped.length > 0 && <p className="small">Unreadable rows have no month that can be trusted, so they are listed above, not here.</p>}
    </details>
  );
}
