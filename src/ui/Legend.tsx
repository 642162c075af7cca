import { classColor } from '../analysis/colorScale';
import { SUPPRESSED_COLOR } from '../map/layers';
import { formatCount, formatValue } from './format';

/** Class swatches with their ranges and the unit. */
interface Props {
  breaks: number[];
  max: number;
  unit: string;
  note?: string;
  /** Values are rates, not whole counts: label ranges as "a – under b". */
  decimals?: boolean;
  /** Label of the grey band of suppressed cells, when disclosure control is on. */
  suppressedLabel?: string;
}

export function Legend({ breaks, max, unit, note, decimals, suppressedLabel }: Props) {
  if (max === 0) return <div className="legend">No records in view</div>;
  const range = (k: number) => {
    const b = breaks[k];
    if (decimals) return k + 1 < breaks.length ? `${formatCount(b)} to <${formatCount(breaks[k + 1])}` : `${formatCount(b)}+`;
    const upper = k + 1 < breaks.length ? breaks[k + 1] - 1 : max;
    return upper === b ? formatCount(b) : `${formatCount(b)}–${formatValue(upper)}`;
  };
  return (
    <figure className="legend" data-testid="legend" aria-label={`Legend: ${unit}`}>
      <figcaption>{unit}</figcaption>
      {note && <p className="legend-note" data-testid="legend-note">{note}</p>}
      <ul>
        {suppressedLabel && (
          <li>
            <span className="swatch" style={{ background: `rgb(${SUPPRESSED_COLOR.join(',')})` }} />
            {suppressedLabel}
          </li>
        )}
        {breaks.map((b, k) => {
          const [r, g, bl] = classColor(k, breaks.length);
          return (
            <li key={b}>
              <span className="swatch" style={{ background: `rgb(${r},${g},${bl})` }} />
              {range(k)}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
