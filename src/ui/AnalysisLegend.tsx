import { EMERGING_CLASSES, EMERGING_DEFINITIONS, type EmergingClass } from '../analysis/emerging';
import { EMERGING_COLORS, GI_BIN_COLORS, GI_BIN_LABELS } from '../analysis/palettes';
import type { AnalysisSettings } from '../state/viewState';
import { formatMonthRuns } from './format';

const swatch = (c: readonly number[]) => ({ background: `rgba(${c[0]},${c[1]},${c[2]},${c[3] / 255})` });

/** What the analysis layer shows and how it was computed: confidence, neighbourhood, FDR, metric. */
export function GiLegend({ settings, metric, counts }: { settings: AnalysisSettings; metric: string; counts: Map<number, number> }) {
  return (
    <figure className="legend" data-testid="gi-legend">
      <figcaption>Gi* hot and cold spots</figcaption>
      <p className="legend-note">
        {metric} · {settings.k}-ring neighbourhood · FDR {settings.fdr ? 'on' : 'off'} ·{' '}
        {settings.withinSelection ? 'computed within the selected wards' : 'computed over the whole area'}
      </p>
      <ul>
        {[3, 2, 1, 0, -1, -2, -3].map((b) => (
          <li key={b}>
            <span className="swatch" style={swatch(GI_BIN_COLORS[b])} />
            {GI_BIN_LABELS[b]} ({counts.get(b) ?? 0})
          </li>
        ))}
      </ul>
    </figure>
  );
}

interface EmergingProps {
  settings: AnalysisSettings;
  metric: string;
  steps: number[];
  leftOut: number[];
  counts: Map<EmergingClass, number>;
}

export function EmergingLegend({ settings, metric, steps, leftOut, counts }: EmergingProps) {
  const present = EMERGING_CLASSES.filter((c) => counts.get(c));
  return (
    <figure className="legend" data-testid="emerging-legend">
      <figcaption>Emerging hot spots</figcaption>
      <p className="legend-note">
        {metric} · {steps.length} monthly steps · {settings.k}-ring and previous month · FDR {settings.fdr ? 'on' : 'off'}
        {leftOut.length > 0 && ` · left out as possibly incomplete: ${formatMonthRuns(leftOut)}`}
      </p>
      {steps.length < 10 && (
        <p className="unverified" data-testid="emerging-warning">
          Fewer than 10 months: the trend test has little power, so patterns are not meaningful.
        </p>
      )}
      <ul>
        {present.map((c) => (
          <li key={c}>
            <span className="swatch" style={swatch(EMERGING_COLORS[c])} />
            {c} ({counts.get(c)})
          </li>
        ))}
      </ul>
      <details>
        <summary>Definitions</summary>
        <dl className="definitions">
          {EMERGING_CLASSES.map((c) => (
            <div key={c}>
              <dt>{c}</dt>
              <dd>{EMERGING_DEFINITIONS[c]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </figure>
  );
}
