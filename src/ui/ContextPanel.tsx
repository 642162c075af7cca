import { questionKey } from '../coordinator/scheduler';
import { QueryError } from './query/QueryError';
import { useQuery } from './query/useQuery';
import type { Coordinator } from '../coordinator/coordinator';
import type { RecordFilter } from '../db/viewQueries';
import type { LoadedContext } from './ContextControl';
import { formatValue } from './format';

/** Records (or harm) within the chosen distance of each context point, busiest first. */
export function ContextPanel({ coordinator, filter, layer, metres, metric }: { coordinator: Coordinator; filter: RecordFilter; layer: LoadedContext; metres: number; metric: string }) {
  const q = useQuery(() => coordinator.nearContext(filter, layer.id, metres), questionKey([filter, layer.id, metres]));
  if (q.error) return <QueryError what="Records near the context points" error={q.error} />;
  const values = q.value;
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
