import { useState } from 'react';
import { questionKey, type Outcome } from '../coordinator/scheduler';
import { QueryError } from './query/QueryError';
import { useQuery } from './query/useQuery';
import type { Coordinator } from '../coordinator/coordinator';
import type { BacktestMethod, BacktestResult } from '../coordinator/hotSpotRunner';
import type { RecordFilter } from '../db/viewQueries';
import type { AnalysisSettings } from '../state/viewState';
import { formatMonthRuns, formatValue } from './format';

interface Props {
  coordinator: Coordinator;
  filter: RecordFilter;
  resolution: number;
  analysis: AnalysisSettings;
  dataVersion: number;
}

const METHODS: [BacktestMethod, string][] = [
  ['count', 'Top cells by count'],
  ['harm', 'Top cells by harm'],
  ['gistar', 'Top cells by Gi* z'],
];

/** Would yesterday's hot spots have caught today's harm? Fit on earlier months, score on the last ones. */
export function BacktestPanel({ coordinator, filter, resolution, analysis, dataVersion }: Props) {
  const [areaShare, setAreaShare] = useState(0.05);
  const [testMonths, setTestMonths] = useState(1);
  const q = useQuery(async (): Promise<Outcome<Map<BacktestMethod, BacktestResult | null>>> => {
    const out = new Map<BacktestMethod, BacktestResult | null>();
    for (const [method] of METHODS) {
      const o = await coordinator.backtest(filter, resolution, { ...analysis, method, areaShare, testMonths });
      if (!o.ok) return o;
      out.set(method, o.value);
    }
    return { ok: true, value: out };
  }, questionKey([filter, resolution, analysis.k, analysis.withinSelection, areaShare, testMonths, dataVersion]));
  const results = q.value ?? new Map<BacktestMethod, BacktestResult | null>();

  const any = [...results.values()].find((r) => r);
  if (q.error) return <QueryError what="The backtest" error={q.error} />;
  return (
    <section className="backtest" data-testid="backtest" aria-label="Backtest">
      <div className="inline-controls">
        <label>
          Area
          <select value={areaShare} onChange={(e) => setAreaShare(Number(e.target.value))}>
            {[0.01, 0.05, 0.1].map((s) => (
              <option key={s} value={s}>
                {s * 100} % of cells
              </option>
            ))}
          </select>
        </label>
        <label>
          Score on last
          <select value={testMonths} onChange={(e) => setTestMonths(Number(e.target.value))}>
            {[1, 3].map((m) => (
              <option key={m} value={m}>
                {m} month{m > 1 ? 's' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!any && <p className="muted small">Needs more months with data in the range than are held out.</p>}
      {any && (
        <>
          <p className="muted small">
            Fitted on {formatMonthRuns(any.trainMonths)}; scored on {formatMonthRuns(any.testMonths)} · {any.cells} cells,{' '}
            {any.hotAreaKm2.toFixed(1)} km².
          </p>
          <table className="compact-table">
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Captured</th>
                <th scope="col" title="Predictive accuracy index: share captured ÷ share of area">PAI</th>
                <th scope="col" title="Recapture rate index: change in the hot spots ÷ change everywhere">RRI</th>
                <th scope="col" title="PAI ÷ the best PAI the same number of cells could reach">PEI</th>
              </tr>
            </thead>
            <tbody>
              {METHODS.map(([method, label]) => {
                const r = results.get(method);
                return (
                  <tr key={method}>
                    <th scope="row">{label}</th>
                    <td>{r ? `${formatValue(r.captured)} of ${formatValue(r.total)}` : '—'}</td>
                    <td>{r && Number.isFinite(r.pai) ? r.pai.toFixed(1) : '—'}</td>
                    <td>{r && Number.isFinite(r.rri) ? r.rri.toFixed(2) : '—'}</td>
                    <td>{r && Number.isFinite(r.pei) ? r.pei.toFixed(2) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
