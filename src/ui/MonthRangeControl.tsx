import { monthLabel } from '../domain/months';
import { monthsBetween } from '../domain/months';

interface Props {
  /** First and last month the data covers. */
  min: number;
  max: number;
  from: number;
  to: number;
  withData: ReadonlySet<number>;
  onChange: (from: number, to: number) => void;
}

/** Two handles over the months the data spans; months without data are marked "no data", never zero. */
export function MonthRangeControl({ min, max, from, to, withData, onChange }: Props) {
  const months = monthsBetween(min, max);
  const valueText = (m: number) => `${monthLabel(m)}${withData.has(m) ? '' : ' (no data)'}`;
  return (
    <fieldset className="control month-range">
      <legend>Months</legend>
      <div className="month-range-values" aria-live="polite">
        {monthLabel(from)} – {monthLabel(to)}
      </div>
      <div className="dual-range">
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={from}
          aria-label="First month"
          aria-valuetext={valueText(from)}
          data-testid="month-from"
          onChange={(e) => onChange(Math.min(Number(e.target.value), to), to)}
        />
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={to}
          aria-label="Last month"
          aria-valuetext={valueText(to)}
          data-testid="month-to"
          onChange={(e) => onChange(from, Math.max(Number(e.target.value), from))}
        />
      </div>
      <div className="month-strip" aria-hidden="true">
        {months.map((m) => (
          <span
            key={m}
            className={`month-cell ${withData.has(m) ? 'has-data' : 'no-data'} ${m >= from && m <= to ? 'in-range' : ''}`}
            title={valueText(m)}
          />
        ))}
      </div>
      <div className="month-strip-key">
        <span className="key-swatch has-data in-range" /> data
        <span className="key-swatch no-data" /> no data (not zero)
      </div>
    </fieldset>
  );
}
