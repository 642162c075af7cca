import type { CellDetail } from '../db/cellQueries';
import { formatCount, formatValue } from './format';

/** Hover card for a hexagon. Every string from the data is rendered as text, never as markup. */
export function CellTooltip({ detail, x, y, harmLabel }: { detail: CellDetail; x: number; y: number; harmLabel?: string }) {
  return (
    <div className="tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip" data-testid="cell-tooltip">
      <div className="tooltip-count">
        {formatCount(detail.count)} record{detail.count === 1 ? '' : 's'}
        {harmLabel && ` · harm ${formatValue(detail.value)}`}
      </div>
      {harmLabel && <div className="tooltip-scheme">{harmLabel}</div>}
      <div className="tooltip-ward">{detail.wards.map((w) => w.label).join(', ')}</div>
      <dl>
        <dt>Top categories</dt>
        {detail.topCategories.map((c) => (
          <dd key={c.label}>
            {c.label} — {formatCount(c.count)}
          </dd>
        ))}
        <dt>Top locations</dt>
        {detail.topLocations.map((c) => (
          <dd key={c.label} data-testid="tooltip-location">
            {c.label} — {formatCount(c.count)}
          </dd>
        ))}
      </dl>
    </div>
  );
}
