import { monthLabel, monthsBetween } from '../domain/months';

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
        <MonthHandle
          label="First month"
          testId="month-from"
          {...{ min, max, valueText }}
          value={from}
          onChange={(v) => onChange(Math.min(v, to), to)}
        />
        <MonthHandle
          label="Last month"
          testId="month-to"
          {...{ min, max, valueText }}
          value={to}
          onChange={(v) => onChange(from, Math.max(v, from))}
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

interface HandleProps {
  label: string;
  testId: string;
  min: number;
  max: number;
  value: number;
  valueText: (m: number) => string;
  onChange: (m: number) => void;
}

function MonthHandle({ label, testId, min, max, value, valueText, onChange }: HandleProps) {
  return (
    <input
      type="range"
      min={min}
      max={max}
      step={1}
      value={value}
      aria-label={label}
      aria-valuetext={valueText(value)}
      data-testid={testId}
      onChange={(e) => onChange(Number(e.target.value))}
    />
  );
}
