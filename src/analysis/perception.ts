/**
 * Where young people feel unsafe against where harm is recorded: each area (ward or cell) falls in one of four
 * quadrants, split at the median of each measure, or is marked as having too few answers to say.
 */

export type PerceptionClass =
  | 'feared and harmful'
  | 'feared, little recorded harm'
  | 'harmful, not feared'
  | 'neither'
  | 'too few answers';

export const PERCEPTION_CLASSES: readonly PerceptionClass[] = [
  'feared and harmful',
  'feared, little recorded harm',
  'harmful, not feared',
  'neither',
  'too few answers',
];

/** One sentence per class for the legend: what the quadrant suggests doing. */
export const PERCEPTION_CLASS_NOTES: Record<PerceptionClass, string> = {
  'feared and harmful':
    'Young people feel unsafe where harm is recorded too: a shared priority for enforcement and youth work.',
  'feared, little recorded harm':
    'Felt unsafe but little harm recorded: perception work, lighting, designing out crime — or harm that goes unreported.',
  'harmful, not feared': 'Hidden risk: harm is recorded where young people do not say they feel unsafe.',
  neither: 'Few unsafe marks and little recorded harm.',
  'too few answers': 'Fewer survey answers than the minimum: shown, but too few to classify.',
};

export interface PerceptionArea {
  /** Survey responses located in the area. */
  answers: number;
  /** How many of them said they feel unsafe. */
  unsafe: number;
  /** Recorded harm (or count) for the chosen categories and period. */
  harm: number;
}

export interface PerceptionOptions {
  /** Areas with fewer answers are 'too few answers'. Default 5; an area with no answers is never classified. */
  minAnswers?: number;
  /** Replaces the median of unsafe marks: high perception is `unsafe` > this. */
  perceptionThreshold?: number;
  /** Replaces the median of harm: high harm is `harm` > this. */
  harmThreshold?: number;
}

/** Median of the values; NaN when there are none (every comparison with it is false). */
function median(values: readonly number[]): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Classify each area by its unsafe marks (the count, not a share of answers: the map shows marks) and its
 * recorded harm. "High" is strictly above the threshold, so with median thresholds at most half the areas are high
 * on each measure, and an area exactly at the median is not.
 *
 * - Perception median: over the areas that have at least `minAnswers` answers only. An area with two answers is
 *   not evidence of anything, and where such areas are many (small cells) their zeros and ones would drag the
 *   median down until a handful of marks counted as "high" everywhere else.
 * - Harm median: over every area with any data (harm > 0 or answers > 0), answers or not. Harm is recorded, not
 *   sampled, so the survey minimum has no bearing on it; areas with neither (cells where nothing was recorded and
 *   nobody answered) are left out, so a grid of mostly empty cells cannot pull the median to zero.
 * - An area with fewer than `minAnswers` answers, or none at all whatever `minAnswers` is, is 'too few answers'
 *   (shown, not hidden): without answers there is no perception to compare harm with.
 */
export function classifyPerception(
  areas: readonly PerceptionArea[],
  options: PerceptionOptions = {},
): { classes: PerceptionClass[]; perceptionMedian: number; harmMedian: number } {
  const minAnswers = Math.max(1, options.minAnswers ?? 5);
  const answered = (a: PerceptionArea) => a.answers >= minAnswers;
  const perceptionMedian = median(areas.filter(answered).map((a) => a.unsafe));
  const harmMedian = median(areas.filter((a) => a.harm > 0 || a.answers > 0).map((a) => a.harm));
  const perceptionThreshold = options.perceptionThreshold ?? perceptionMedian;
  const harmThreshold = options.harmThreshold ?? harmMedian;

  const classes = areas.map((a): PerceptionClass => {
    if (!answered(a)) return 'too few answers';
    const feared = a.unsafe > perceptionThreshold;
    const harmful = a.harm > harmThreshold;
    if (feared) return harmful ? 'feared and harmful' : 'feared, little recorded harm';
    return harmful ? 'harmful, not feared' : 'neither';
  });
  return { classes, perceptionMedian, harmMedian };
}
