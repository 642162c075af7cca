import { DAY_NAMES, hourLabel } from '../domain/timeOfDay';

interface Props {
  hours: [number, number] | null;
  days: number[];
  onChange: (change: { hours?: [number, number] | null; days?: number[] }) => void;
}

const PRESETS: { label: string; hours: [number, number] | null }[] = [
  { label: 'All hours', hours: null },
  { label: 'Night 20–04', hours: [20, 4] },
  { label: 'Day 08–19', hours: [8, 19] },
];

/** Hour-of-day and day-of-week filters, for sources with times (police.uk records have none). */
export function TimeControl({ hours, days, onChange }: Props) {
  const hourSelect = (label: string, value: number, set: (h: number) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {Array.from({ length: 24 }, (_, h) => (
          <option key={h} value={h}>
            {hourLabel(h)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="control time-of-day">
      <legend>Time of day</legend>
      <div className="group-buttons">
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={JSON.stringify(p.hours) === JSON.stringify(hours)}
            onClick={() => onChange({ hours: p.hours })}
            data-testid={`hours-${p.label.split(' ')[0].toLowerCase()}`}
          >
            {p.label}
          </button>
        ))}
      </div>
      {hours && (
        <div className="inline-controls">
          {hourSelect('from', hours[0], (h) => onChange({ hours: [h, hours[1]] }))}
          {hourSelect('to', hours[1], (h) => onChange({ hours: [hours[0], h] }))}
        </div>
      )}
      <div className="group-buttons days" role="group" aria-label="Days of the week">
        {DAY_NAMES.map((d, i) => (
          <button
            key={d}
            type="button"
            aria-pressed={days.includes(i + 1)}
            onClick={() => onChange({ days: days.includes(i + 1) ? days.filter((x) => x !== i + 1) : [...days, i + 1].sort() })}
          >
            {d}
          </button>
        ))}
      </div>
      <p className="muted small">Only sources with times: police.uk gives months, so its records show as "no time".</p>
    </fieldset>
  );
}
