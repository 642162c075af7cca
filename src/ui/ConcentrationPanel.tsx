import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { cellsForShare, generalisedGini, gini, lorenzCurve, topShare } from '../analysis/concentration';
import type { StudyValues } from '../coordinator/hotSpotRunner';

const pct = (x: number) => `${Math.round(100 * x)} %`;

/** Values of the shown cells only (the selected wards, or everything). */
export function shownValues(study: StudyValues, pick: (s: StudyValues) => Float64Array = (s) => s.values): number[] {
  const v = pick(study);
  return Array.from(v).filter((_, i) => study.shown[i]);
}

/** Lorenz curve and Gini of the metric over the study area's cells, zeros included, with plain statements. */
export function ConcentrationPanel({ study, metric }: { study: StudyValues; metric: string }) {
  const host = useRef<HTMLDivElement>(null);
  const values = shownValues(study);
  const counts = shownValues(study, (s) => s.counts);
  const n = values.length;
  const total = counts.reduce((a, b) => a + b, 0);
  const g = gini(values);
  // When records are fewer than cells, perfect equality is impossible: the generalised Gini corrects for it.
  const generalised = total < n ? generalisedGini(counts) : null;
  const cellKm2 = n ? study.areaKm2 / n : 0;
  const noun = metric === 'Records' ? 'records' : 'harm';
  const statements = [0.01, 0.05, 0.1].map((share) => {
    const t = topShare(values, share);
    return `${pct(t.share)} of ${noun} falls in ${pct(share)} of cells (${t.cells} cells, ${(t.cells * cellKm2).toFixed(1)} km²)`;
  });
  const half = cellsForShare(values, 0.5);

  useEffect(() => {
    const el = host.current;
    if (!el || n === 0) return;
    const curve = lorenzCurve(values);
    const plot = new uPlot(
      {
        width: Math.max(200, el.clientWidth),
        height: 190,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [0, 1] }, y: { range: [0, 1] } },
        axes: [
          { label: 'share of cells', values: (_u, s) => s.map((v) => `${Math.round(v * 100)}%`), font: '11px "DejaVu Sans", Arial', stroke: '#333' },
          { label: `share of ${noun}`, values: (_u, s) => s.map((v) => `${Math.round(v * 100)}%`), size: 50, font: '11px "DejaVu Sans", Arial', stroke: '#333' },
        ],
        series: [{}, { stroke: '#1d3c6e', width: 2 }, { stroke: '#999', dash: [4, 4], width: 1 }],
      },
      [Array.from(curve.cellShare), Array.from(curve.valueShare), Array.from(curve.cellShare)],
      el,
    );
    return () => plot.destroy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [study]);

  if (n === 0) return null;
  return (
    <section className="concentration" data-testid="concentration" aria-label="Concentration">
      <div ref={host} className="lorenz-chart" role="img" aria-label={`Lorenz curve of ${noun} over ${n} cells`} />
      <p>
        <strong data-testid="gini">Gini {g.toFixed(2)}</strong>
        {generalised !== null && ` · generalised Gini ${generalised.toFixed(2)} (fewer records than cells)`} over {n} cells
        (zeros included).
      </p>
      <ul className="statements">
        {statements.map((s) => (
          <li key={s}>{s}</li>
        ))}
        <li>
          Half of {noun} falls in {pct(half.cellShare)} of cells ({half.cells} cells).
        </li>
      </ul>
    </section>
  );
}
