import type { LoadReport } from '../ingest/records/loadReport';

/** "kept 296 answers (64 by ward only); 4 outside the area; 2 unreadable" */
export function summariseAnswers(r: LoadReport): string {
  const skipped = r.skipped.reduce((n, g) => n + g.count, 0);
  return [
    `kept ${r.kept} answers${r.noLocation ? ` (${r.noLocation} located by ward only)` : ''}`,
    r.outsideArea ? `${r.outsideArea} outside the area` : '',
    skipped ? `${skipped} unreadable (${r.skipped.map((g) => `${g.column ?? ''} rows ${g.rows.join(', ')}`).join('; ')})` : '',
  ]
    .filter(Boolean)
    .join('; ');
}
