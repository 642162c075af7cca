import { useEffect, useState } from 'react';
import { commentsForGroup } from '../analysis/comments';
import { PERCEPTION_CLASS_NOTES, PERCEPTION_CLASSES, type PerceptionClass } from '../analysis/perception';
import { PERCEPTION_COLORS } from '../analysis/palettes';
import type { Coordinator } from '../coordinator/coordinator';
import type { Ward } from '../geo/areaIndex';
import type { PerceptionSettings } from '../state/viewState';
import { formatValue } from './format';
import { perceptionFilterOf, type PerceptionArea, type PerceptionView } from './usePerception';

interface Props {
  coordinator: Coordinator;
  view: PerceptionView;
  settings: PerceptionSettings;
  wards: readonly Ward[];
  resolution: number;
  metric: string;
}

/** Table-width labels; the full class and its note are in the cell's title and the key above. */
const SHORT: Record<PerceptionClass, string> = {
  'feared and harmful': 'feared + harm',
  'feared, little recorded harm': 'feared only',
  'harmful, not feared': 'harm only',
  neither: 'neither',
  'too few answers': 'too few',
  'no rate': 'no rate',
};

const oneDecimal = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
/** A ward's harm rate as shown: per 1,000 residents per year, one decimal place. */
export const formatRate = (n: number | null) => (n === null ? '–' : oneDecimal(n));
/** A share "unsafe" as shown: a whole percentage. */
export const formatShare = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : `${Math.round(100 * n)}%`);
/** The metric's column label at cell level: a count of records, or a sum of harm, never a rate. */
const countLabel = (metric: string) => (metric === 'Records' ? 'Records (count)' : `${metric} (sum)`);

/** The classes worth a key: every quadrant, and "no rate" only where some area has it. */
const keyClasses = (view: PerceptionView) =>
  PERCEPTION_CLASSES.filter((c) => c !== 'no rate' || view.areas.some((a) => a.cls === 'no rate'));

/** The map key of the four-way layer, saying what is compared at the view's level. */
export function PerceptionLegend({ view, metric }: { view: PerceptionView; metric: string }) {
  return (
    <figure className="legend" data-testid="perception-legend">
      <figcaption>
        {view.level === 'ward'
          ? `${metric} per 1,000 residents a year against the share of answers "unsafe", per ward`
          : `Counts per cell (no denominator): "unsafe" answers against ${metric.toLowerCase()}`}
      </figcaption>
      <ul>
        {keyClasses(view).map((c) => (
          <li key={c}>
            <span className="swatch" style={swatch(c)} />
            {c}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** What the comparison is made of, at the view's level, and the thresholds in force. */
function Method({ view, settings, metric }: { view: PerceptionView; settings: PerceptionSettings; metric: string }) {
  const set = settings.perceptionThreshold !== null || settings.harmThreshold !== null;
  const high = set ? 'above the thresholds set in the link' : 'above the median of the areas with data';
  if (view.level === 'ward') {
    const months = view.monthsWithData;
    return (
      <>
        <p className="small" data-testid="perception-method">
          Per ward, by rate: {metric.toLowerCase()} per 1,000 residents per year, annualised over the {months} month
          {months === 1 ? '' : 's'} with data in the range (months without data are not counted), against the share of
          answers "unsafe". Wards with fewer than {settings.minAnswers} answers are "too few answers", not classified.
          Populations: mid-2019 LSOA estimates summed to 2013 wards (approximate).
        </p>
        <p className="small muted" data-testid="perception-thresholds">
          "High" = {high}: {formatRate(view.harmThreshold)} per 1,000 a year; {formatShare(view.perceptionThreshold)} of
          answers "unsafe". {view.total} answers loaded.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="small" data-testid="perception-method">
        Per cell there is no denominator: no residents are counted per hexagon, and a few answers are no base for a
        share. So cells compare counts: "unsafe" answers against {metric.toLowerCase()}, both shown as counts. Cells
        with fewer than {settings.minAnswers} answers are "too few answers".
      </p>
      <p className="small muted" data-testid="perception-thresholds">
        "High" = {high}: {formatValue(view.perceptionThreshold)} "unsafe" answers; {formatValue(view.harmThreshold)}{' '}
        {metric === 'Records' ? 'records' : 'harm'}. {view.total} answers loaded.
      </p>
    </>
  );
}

const swatch = (c: PerceptionClass) => {
  const [r, g, b, a] = PERCEPTION_COLORS[c];
  return { background: `rgba(${r},${g},${b},${a / 255})` };
};

/** Four-way table of perception against recorded harm, and the comments of the area chosen in it. */
export function PerceptionPanel({ coordinator, view, settings, wards, resolution, metric }: Props) {
  const [chosen, setChosen] = useState<PerceptionArea | null>(null);
  const [mask, setMask] = useState(true);
  const [comments, setComments] = useState<{ shown: string[]; withheld: boolean; answers: number } | null>(null);
  const name = (a: PerceptionArea) => (typeof a.key === 'number' ? wards[a.key].name : `cell …${a.key.slice(-6)}`);
  const ward = view.level === 'ward';
  const rows = view.areas
    .filter((a) => a.answers > 0 || a.harm > 0)
    .sort((a, b) =>
      ward
        ? // Classified wards first (a share from two answers is no ranking), then by share and rate.
          Number(a.cls === 'too few answers') - Number(b.cls === 'too few answers') ||
          (b.share ?? -1) - (a.share ?? -1) ||
          (b.rate ?? -1) - (a.rate ?? -1)
        : b.unsafe - a.unsafe || b.harm - a.harm,
    );
  const counts = new Map<PerceptionClass, number>();
  for (const a of rows) counts.set(a.cls, (counts.get(a.cls) ?? 0) + 1);

  // A ward chosen in the ward table is not an area of the cell table, nor the other way round.
  useEffect(() => setChosen(null), [view.level]);
  useEffect(() => {
    if (!chosen) return setComments(null);
    let live = true;
    const area = typeof chosen.key === 'number' ? { ward: chosen.key } : { cell: BigInt(`0x${chosen.key}`), resolution };
    void coordinator.perceptionComments(perceptionFilterOf(settings), area).then((r) => {
      if (live) setComments({ ...commentsForGroup(r.comments, r.answers, settings.minAnswers, mask), answers: r.answers });
    });
    return () => {
      live = false;
    };
  }, [chosen, mask, settings, resolution, coordinator]);

  return (
    <section data-testid="perception-panel" aria-label="Perception against recorded harm">
      <Method view={view} settings={settings} metric={metric} />
      <ul className="perception-key">
        {keyClasses(view).map((c) => (
          <li key={c} title={PERCEPTION_CLASS_NOTES[c]}>
            <span className="swatch" style={swatch(c)} /> {c} ({counts.get(c) ?? 0})
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="compact-table" data-testid="perception-table">
          <thead>
            <tr>
              <th scope="col">{ward ? 'Ward' : 'Cell'}</th>
              <th scope="col">Answers</th>
              <th scope="col">{ward ? 'Unsafe' : 'Unsafe (count)'}</th>
              {ward && (
                <th scope="col" title='Share of answers "unsafe"'>
                  % unsafe
                </th>
              )}
              {ward ? (
                <th scope="col" title={`${metric} per 1,000 residents per year, over the months with data`}>
                  Per 1,000 a year
                </th>
              ) : (
                <th scope="col">{countLabel(metric)}</th>
              )}
              <th scope="col">Class</th>
              {ward && (
                <th scope="col" title={`${metric} in the range`}>
                  {metric === 'Records' ? 'Records' : 'Harm'}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 40).map((a) => (
              <tr key={String(a.key)} className={chosen?.key === a.key ? 'selected' : ''} data-testid="perception-row" data-area={name(a)} data-class={a.cls}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => setChosen(a)}>
                    {name(a)}
                  </button>
                </th>
                <td>{a.answers}</td>
                <td>{a.unsafe}</td>
                {ward && <td>{formatShare(a.share)}</td>}
                <td>{ward ? formatRate(a.rate) : formatValue(a.harm)}</td>
                <td className="perception-class" title={`${a.cls}: ${PERCEPTION_CLASS_NOTES[a.cls]}`}>
                  <span className="swatch" style={swatch(a.cls)} /> {SHORT[a.cls]}
                </td>
                {ward && <td>{formatValue(a.harm)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen && comments && (
        <div className="comments" data-testid="comments">
          <h4>
            Comments: {name(chosen)} ({comments.answers} answers)
          </h4>
          <label className="small">
            <input type="checkbox" checked={mask} onChange={(e) => setMask(e.target.checked)} /> Mask emails, phone numbers and
            postcodes
          </label>
          {comments.withheld ? (
            <p className="muted small" data-testid="comments-withheld">
              Not shown: fewer than {settings.minAnswers} answers here, so comments could identify a young person.
            </p>
          ) : (
            <ul>
              {comments.shown.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
