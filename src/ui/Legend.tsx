import { classColor } from '../analysis/colorScale';
import { formatCount } from './format';

/** Class swatches with their ranges and the unit. */
export function Legend({ breaks, max, unit }: { breaks: number[]; max: number; unit: string }) {
  if (max === 0) return <div className="legend">No records in view</div>;
  return (
    <figure className="legend" data-testid="legend" aria-label={`Legend: ${unit}`}>
      <figcaption>{unit}</figcaption>
      <ul>
        {breaks.map((b, k) => {
          const upper = k + 1 < breaks.length ? breaks[k + 1] - 1 : max;
          const [r, g, bl] = classColor(k, breaks.length);
          return (
            <li key={b}>
              <span className="swatch" style={{ background: `rgb(${r},${g},${bl})` }} />
              {upper === b ? formatCount(b) : `${formatCount(b)}–${formatCount(upper)}`}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
