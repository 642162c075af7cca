import type { CellDetail } from '../db/cellQueries';
import { monthLabel } from '../domain/months';
import { formatCount, formatValue } from './format';
import { TrendChart, type TrendSeries } from './TrendChart';

interface Props {
  cellId: string;
  detail: CellDetail | null;
  monthly: TrendSeries | null;
  from: number;
  to: number;
  flagged: ReadonlySet<number>;
  onClose: () => void;
}

/** A hexagon pinned by a click: what it holds and its monthly counts under the current filters. */
export function DetailPanel({ cellId, detail, monthly, from, to, flagged, onClose }: Props) {
  return (
    <section className="detail-panel" aria-label="Pinned hexagon" data-testid="detail-panel">
      <header>
        <h2>
          Hexagon{' '}
          {detail ? `· ${detail.wards.map((w) => w.label).join(', ')}` : ''}
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the pinned hexagon">
          ✕
        </button>
      </header>
      <p className="muted small">H3 {cellId}</p>
      {detail && (
        <p>
          <strong>{formatCount(detail.count)}</strong> records in view{detail.value !== detail.count ? ` (harm ${formatValue(detail.value)})` : ''}. Top:{' '}
          {detail.topCategories.map((c) => `${c.label} (${formatCount(c.count)})`).join(', ')}. Places:{' '}
          {detail.topLocations.map((c) => `${c.label} (${formatCount(c.count)})`).join(', ')}.
        </p>
      )}
      {monthly && (
        <>
          <TrendChart series={monthly} from={from} to={to} flagged={flagged} height={130} label="Records in this hexagon" />
          <table className="monthly-table" data-testid="detail-monthly">
            <caption className="sr-only">Monthly records in this hexagon</caption>
            <tbody>
              {monthly.month.map((m, i) => (
                <tr key={m}>
                  <th scope="row">{monthLabel(m)}</th>
                  <td>{formatCount(monthly.count[i])}</td>
                  <td className="flag">{flagged.has(m) ? 'possibly incomplete month' : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
