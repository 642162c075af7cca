import type { SourceRow } from '../db/sources';
import { formatCount } from './format';

/** Which loaded sources every figure includes. */
export function SourcesControl({ sources, excluded, onChange }: { sources: SourceRow[]; excluded: string[]; onChange: (x: string[]) => void }) {
  if (sources.length < 2) return null;
  return (
    <fieldset className="control sources">
      <legend>Sources</legend>
      <ul className="checklist">
        {sources.map((s) => (
          <li key={s.sourceId}>
            <label>
              <input
                type="checkbox"
                checked={!excluded.includes(s.fingerprint)}
                onChange={(e) => onChange(e.target.checked ? excluded.filter((f) => f !== s.fingerprint) : [...excluded, s.fingerprint])}
              />
              <span>
                {s.label} <span className="muted">({s.kind}, {formatCount(s.rowsKept)})</span>
                {s.synthetic && <span className="synthetic-tag">invented</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
