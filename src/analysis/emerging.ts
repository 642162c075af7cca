import { mannKendall } from './mannKendall';

/** ArcGIS Pro Emerging Hot Spot Analysis pattern for one location's series of time steps. */
export type EmergingClass =
  | 'new hot spot'
  | 'consecutive hot spot'
  | 'intensifying hot spot'
  | 'persistent hot spot'
  | 'diminishing hot spot'
  | 'sporadic hot spot'
  | 'oscillating hot spot'
  | 'historical hot spot'
  | 'new cold spot'
  | 'consecutive cold spot'
  | 'intensifying cold spot'
  | 'persistent cold spot'
  | 'diminishing cold spot'
  | 'sporadic cold spot'
  | 'oscillating cold spot'
  | 'historical cold spot'
  | 'no pattern detected';

type Side = 'hot' | 'cold';
type Pattern =
  | 'new'
  | 'consecutive'
  | 'intensifying'
  | 'persistent'
  | 'diminishing'
  | 'sporadic'
  | 'oscillating'
  | 'historical';

const PATTERNS: readonly Pattern[] = [
  'new',
  'consecutive',
  'intensifying',
  'persistent',
  'diminishing',
  'sporadic',
  'oscillating',
  'historical',
];

const spot = (pattern: Pattern, side: Side): EmergingClass => `${pattern} ${side} spot`;

export const EMERGING_CLASSES: readonly EmergingClass[] = [
  ...PATTERNS.map((p) => spot(p, 'hot')),
  ...PATTERNS.map((p) => spot(p, 'cold')),
  'no pattern detected',
];

/** One sentence per class for the legend; "hot"/"cold" means significant at 90 % confidence or more. */
export const EMERGING_DEFINITIONS: Record<EmergingClass, string> = {
  'new hot spot': 'A hot spot in the final time step that had never been a hot spot before.',
  'consecutive hot spot':
    'A single unbroken run of at least two hot-spot steps ending in the final step, never a hot spot before that run, and hot in fewer than 90 % of steps.',
  'intensifying hot spot':
    'A hot spot in at least 90 % of steps, including the final one, whose clustering of high values grows significantly stronger over time.',
  'persistent hot spot':
    'A hot spot in at least 90 % of steps, including the final one, with no significant trend in the strength of its clustering.',
  'diminishing hot spot':
    'A hot spot in at least 90 % of steps, including the final one, whose clustering of high values grows significantly weaker over time.',
  'sporadic hot spot':
    'A hot spot in the final step that has been on and off as a hot spot before, hot in fewer than 90 % of steps and never a cold spot.',
  'oscillating hot spot':
    'A hot spot in the final step that has been a cold spot in some earlier step, and hot in fewer than 90 % of steps.',
  'historical hot spot':
    'Not significant in the final step, but a hot spot in at least 90 % of steps: a hot spot in the past.',
  'new cold spot': 'A cold spot in the final time step that had never been a cold spot before.',
  'consecutive cold spot':
    'A single unbroken run of at least two cold-spot steps ending in the final step, never a cold spot before that run, and cold in fewer than 90 % of steps.',
  'intensifying cold spot':
    'A cold spot in at least 90 % of steps, including the final one, whose clustering of low values grows significantly stronger over time.',
  'persistent cold spot':
    'A cold spot in at least 90 % of steps, including the final one, with no significant trend in the strength of its clustering.',
  'diminishing cold spot':
    'A cold spot in at least 90 % of steps, including the final one, whose clustering of low values grows significantly weaker over time.',
  'sporadic cold spot':
    'A cold spot in the final step that has been on and off as a cold spot before, cold in fewer than 90 % of steps and never a hot spot.',
  'oscillating cold spot':
    'A cold spot in the final step that has been a hot spot in some earlier step, and cold in fewer than 90 % of steps.',
  'historical cold spot':
    'Not significant in the final step, but a cold spot in at least 90 % of steps: a cold spot in the past.',
  'no pattern detected': 'None of the hot or cold spot patterns above.',
};

/** At least 90 % of `steps`, in integers: 0.9·T is not exact in floating point for every T. */
const mostSteps = (count: number, steps: number) => 10 * count >= 9 * steps;

/**
 * The Emerging Hot Spot class of one location from its Gi_Bin per time step (`bins`, −3..3: hot when > 0,
 * cold when < 0, i.e. significant at 90 % or more) and its Gi* z-scores (`zs`), on which the Mann–Kendall
 * trend is tested at `alpha`.
 *
 * The rules overlap, so the order matters. Within one side it is ArcGIS's: new, consecutive, intensifying,
 * persistent, diminishing, sporadic, oscillating, historical. Consequences:
 * - a cell cold earlier and hot only in the final step is "new", and one cold earlier then hot in an unbroken
 *   final run of ≥ 2 is "consecutive", not "oscillating" (sfdep differs: its "new" needs no significant step
 *   at all before);
 * - one hot step at the end with no history is "new" even when it is ≥ 90 % of a very short series (T = 1);
 * - "consecutive" needs a final run of ≥ 2 with no hot step before it; a run of any length with a hot step
 *   before it (after a gap) is on-and-off: "sporadic", or "oscillating" if any step was cold.
 * Two judgement calls where the note's rules, read literally, would overlap:
 * - The final step decides first. "Persistent" names no final-step condition, so under ArcGIS's order it
 *   would swallow every "historical" cell without a significant trend; here a cell hot in ≥ 90 % of steps
 *   but not in the final one is always "historical", and intensifying / persistent / diminishing all have
 *   the final step hot.
 * - A cell significant in the final step gets a class of that side, even if it was ≥ 90 % the other side
 *   before (9 hot steps then a cold one is a "new cold spot", not a "historical hot spot"): the current
 *   state is what the map is read for, and it keeps hot and cold exact mirrors. So "historical" needs the
 *   final step not significant at all.
 * Cold is the mirror with the trend reversed: an intensifying cold spot's z-scores trend down.
 */
export function classifyEmerging(bins: ArrayLike<number>, zs: ArrayLike<number>, alpha = 0.05): EmergingClass {
  const n = bins.length;
  if (zs.length !== n) throw new Error(`classifyEmerging: ${n} bins but ${zs.length} z-scores`);
  if (n === 0) return 'no pattern detected';
  const final = Math.sign(bins[n - 1]);

  if (final === 0) {
    let hot = 0;
    let cold = 0;
    for (let t = 0; t < n; t++) {
      if (bins[t] > 0) hot++;
      else if (bins[t] < 0) cold++;
    }
    if (mostSteps(hot, n)) return 'historical hot spot';
    if (mostSteps(cold, n)) return 'historical cold spot';
    return 'no pattern detected';
  }

  const side: Side = final > 0 ? 'hot' : 'cold';
  let same = 0;
  let opposite = false;
  for (let t = 0; t < n; t++) {
    const s = Math.sign(bins[t]);
    if (s === final) same++;
    else if (s !== 0) opposite = true;
  }
  let run = 0;
  while (run < n && Math.sign(bins[n - 1 - run]) === final) run++;

  if (same === 1) return spot('new', side);
  const mostly = mostSteps(same, n);
  if (same === run && !mostly) return spot('consecutive', side);
  if (mostly) {
    // Positive when the z-scores move away from zero on this side: up for hot, down for cold.
    const trend = mannKendall(zs, alpha).trend * final;
    return spot(trend > 0 ? 'intensifying' : trend < 0 ? 'diminishing' : 'persistent', side);
  }
  return spot(opposite ? 'oscillating' : 'sporadic', side);
}
