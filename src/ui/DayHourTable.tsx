import { DAY_NAMES } from '../domain/timeOfDay';
import { formatCount, formatValue } from './format';

/** Day × hour table of records with a time: the night-time economy's shape. */
export function DayHourTable({ values, noTime, metric }: { values: Float64Array; noTime: number; metric: string }) {
  const max = Math.max(1, ...values);
  const total = values.reduce((a, b) => a + b, 0);
  return (
    <section data-testid="day-hour" aria-label="Day by hour">
      <table className="day-hour">
        <caption>
          {metric} with a time, by day and hour (total {formatValue(total)}). No time: <strong data-testid="no-time">{formatCount(noTime)}</strong> records
          (police.uk gives months only).
        </caption>
        <thead>
          <tr>
            <th scope="col" />
            {Array.from({ length: 24 }, (_, h) => (
              <th key={h} scope="col">
                {h % 3 === 0 ? String(h).padStart(2, '0') : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAY_NAMES.map((d, di) => (
            <tr key={d}>
              <th scope="row">{d}</th>
              {Array.from({ length: 24 }, (_, h) => {
                const v = values[di * 24 + h];
                const a = v / max;
                return (
                  <td
                    key={h}
                    title={`${d} ${String(h).padStart(2, '0')}:00 — ${formatValue(v)}`}
                    style={{ background: `rgba(177, 0, 38, ${a.toFixed(3)})`, color: a > 0.55 ? '#fff' : '#222' }}
                  >
                    {v > 0 ? formatValue(v) : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
