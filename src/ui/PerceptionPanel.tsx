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
};

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
  const rows = view.areas.filter((a) => a.answers > 0 || a.harm > 0).sort((a, b) => b.unsafe - a.unsafe || b.harm - a.harm);
  const counts = new Map<PerceptionClass, number>();
  for (const a of rows) counts.set(a.cls, (counts.get(a.cls) ?? 0) + 1);

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
      <p className="small muted">
        "High" = above the median of areas with data (unsafe marks: {formatValue(view.perceptionMedian)}; {metric.toLowerCase()}:{' '}
        {formatValue(view.harmMedian)}). {view.total} answers loaded.
      </p>
      <ul className="perception-key">
        {PERCEPTION_CLASSES.map((c) => (
          <li key={c} title={PERCEPTION_CLASS_NOTES[c]}>
            <span className="swatch" style={swatch(c)} /> {c} ({counts.get(c) ?? 0})
          </li>
        ))}
      </ul>
      <table className="compact-table" data-testid="perception-table">
        <thead>
          <tr>
            <th scope="col">{settings.level === 'ward' ? 'Ward' : 'Cell'}</th>
            <th scope="col">Answers</th>
            <th scope="col">Unsafe</th>
            <th scope="col">{metric}</th>
            <th scope="col">Class</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 40).map((a) => (
            <tr key={String(a.key)} className={chosen?.key === a.key ? 'selected' : ''}>
              <th scope="row">
                <button type="button" className="link" onClick={() => setChosen(a)}>
                  {name(a)}
                </button>
              </th>
              <td>{a.answers}</td>
              <td>{a.unsafe}</td>
              <td>{formatValue(a.harm)}</td>
              <td className="perception-class" title={`${a.cls}: ${PERCEPTION_CLASS_NOTES[a.cls]}`}>
                <span className="swatch" style={swatch(a.cls)} /> {SHORT[a.cls]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
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
