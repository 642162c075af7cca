import { useEffect, useState } from 'react';
import type { Coordinator } from '../coordinator/coordinator';
import type { RecordFilter } from '../db/viewQueries';
import type { LoadedContext } from './ContextControl';
import { formatValue } from './format';

/** Records (or harm) within the chosen distance of each context point, busiest first. */
export function ContextPanel({ coordinator, filter, layer, metres, metric }: { coordinator: Coordinator; filter: RecordFilter; layer: LoadedContext; metres: number; metric: string }) {
  const [values, setValues] = useState<Float64Array | null>(null);
  const key = JSON.stringify([filter, layer.id, metres]);
  useEffect(() => {
    let live = true;
    void coordinator.nearContext(filter, layer.id, metres).then((v) => live && setValues(v));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!values) return null;
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a]).slice(0, 12);
  return (
    <table className="compact-table" data-testid="context-table">
      <caption className="small">
        {metric} within {metres} m of each point of {layer.name}
      </caption>
      <tbody>
        {order.map((i) => (
          <tr key={i}>
            <th scope="row">{layer.labels[i]}</th>
            <td>{formatValue(values[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
