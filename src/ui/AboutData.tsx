import type { SourceRow } from '../db/sources';
import { BOUNDARY_ATTRIBUTION } from '../geo/boundaries';
import { formatCount } from './format';

/** Where every number comes from, with the licence lines the sources require. */
export function AboutData({ sources, fingerprint }: { sources: SourceRow[]; fingerprint: string }) {
  return (
    <details className="about" data-testid="about-data">
      <summary>About the data</summary>
      <h3>Sources loaded</h3>
      <ul>
        {sources.map((s) => (
          <li key={s.sourceId}>
            <strong>{s.label}</strong>
            {s.synthetic && <span className="synthetic-tag">synthetic</span>} — {formatCount(s.rowsKept)} records kept of{' '}
            {formatCount(s.rowsRead)} read
            {s.rowsOutside > 0 && `; ${formatCount(s.rowsOutside)} outside the area`}
            {s.rowsNoLocation > 0 && `; ${formatCount(s.rowsNoLocation)} without a location`}
            {s.rowsSkipped > 0 && `; ${formatCount(s.rowsSkipped)} unreadable`} ({s.fileNames.length} file
            {s.fileNames.length === 1 ? '' : 's'}).
            <br />
            <span className="licence">{s.licence}</span>
            {s.notes.map((n) => (
              <p key={n} className="note">
                {n}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <p>
        police.uk moves every record to the nearest anonymous map point (a street, a park, a shopping centre) and
        gives the month only, never the day or time.
      </p>
      <h3>Boundaries</h3>
      <ul>
        {BOUNDARY_ATTRIBUTION.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="muted">
        Data fingerprint <code>{fingerprint}</code>. Everything runs in this browser: no record leaves this machine.
      </p>
    </details>
  );
}
