/**
 * Where young people feel unsafe against where harm is recorded: each area (ward or cell) falls in one of four
 * quadrants, split at the median of each measure, or is marked as having too few answers to say.
 *
 * Per ward the two measures are rates: recorded harm per 1,000 residents per year against the share of answers
 * "unsafe". Per cell there is no denominator (no residents are counted per hexagon, and a handful of answers is
 * no base for a share), so the cell comparison is of counts and says so.
 */
import { annualRatePer1000 } from './wardRates';

export type PerceptionClass =
  | 'feared and harmful'
  | 'feared, little recorded harm'
  | 'harmful, not feared'
  | 'neither'
  | 'too few answers'
  | 'no rate';

export const PERCEPTION_CLASSES: readonly PerceptionClass[] = [
  'feared and harmful',
  'feared, little recorded harm',
  'harmful, not feared',
  'neither',
  'too few answers',
  'no rate',
];

/** One sentence per class for the legend: what the quadrant suggests doing. */
export const PERCEPTION_CLASS_NOTES: Record<PerceptionClass, string> = {
  'feared and harmful':
    'Young people feel unsafe where harm is recorded too: a shared priority for enforcement and youth work.',
  'feared, little recorded harm':
    'Felt unsafe but little harm recorded: perception work, lighting, designing out crime — or harm that goes unreported.',
  'harmful, not feared': 'Hidden risk: harm is recorded where young people do not say they feel unsafe.',
  neither: 'Few say they feel unsafe here, and little harm is recorded.',
  'too few answers': 'Fewer survey answers than the minimum: shown, but too few to classify.',
  'no rate': 'No rate of recorded harm: the ward has no population figure, or the range has no month with data.',
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
  /** Replaces the median of the perception measure: high perception is a value > this. */
  perceptionThreshold?: number;
  /** Replaces the median of the harm measure: high harm is a value > this. */
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

/** One area's two measures, whatever they are (counts per cell, rate and share per ward). */
interface Measured {
  answers: number;
  perception: number;
  /** Null: no harm measure can be given (a rate without a population or without a month with data). */
  harm: number | null;
  /** Anything recorded or answered here: the harm median is taken over these. */
  withData: boolean;
}

export interface PerceptionClassification {
  classes: PerceptionClass[];
  /** The median of the perception measure over the areas with at least the minimum of answers. */
  perceptionMedian: number;
  /** The median of the harm measure over the areas with data. */
  harmMedian: number;
}

/**
 * The four-way split of areas by two measures. "High" is strictly above the threshold, so with median thresholds
 * at most half the areas are high on each measure, and an area exactly at the median is not.
 *
 * - Perception median: over the areas that have at least `minAnswers` answers only. An area with two answers is
 *   not evidence of anything, and where such areas are many (small cells) their zeros and ones would drag the
 *   median down until a handful of marks counted as "high" everywhere else.
 * - Harm median: over every area with any data (harm > 0 or answers > 0), answers or not. Harm is recorded, not
 *   sampled, so the survey minimum has no bearing on it; areas with neither (cells where nothing was recorded and
 *   nobody answered) are left out, so a grid of mostly empty cells cannot pull the median to zero.
 * - An area with fewer than `minAnswers` answers, or none at all whatever `minAnswers` is, is 'too few answers'
 *   (shown, not hidden): without answers there is no perception to compare harm with. An answered area without a
 *   harm measure is 'no rate'.
 */
function classifyMeasured(areas: readonly Measured[], options: PerceptionOptions): PerceptionClassification {
  const minAnswers = Math.max(1, options.minAnswers ?? 5);
  const answered = (a: Measured) => a.answers >= minAnswers;
  const perceptionMedian = median(areas.filter(answered).map((a) => a.perception));
  const harmMedian = median(areas.flatMap((a) => (a.withData && a.harm !== null ? [a.harm] : [])));
  const perceptionThreshold = options.perceptionThreshold ?? perceptionMedian;
  const harmThreshold = options.harmThreshold ?? harmMedian;

  const classes = areas.map((a): PerceptionClass => {
    if (!answered(a)) return 'too few answers';
    if (a.harm === null) return 'no rate';
    const feared = a.perception > perceptionThreshold;
    const harmful = a.harm > harmThreshold;
    if (feared) return harmful ? 'feared and harmful' : 'feared, little recorded harm';
    return harmful ? 'harmful, not feared' : 'neither';
  });
  return { classes, perceptionMedian, harmMedian };
}

/**
 * Per cell: classify each area by its unsafe marks (the count: a cell has no denominator, neither residents nor
 * enough answers for a share) and its recorded harm (the count or harm sum). See `classifyMeasured` for the
 * thresholds and the minimum number of answers.
 */
export function classifyPerception(areas: readonly PerceptionArea[], options: PerceptionOptions = {}): PerceptionClassification {
  return classifyMeasured(
    areas.map((a) => ({ answers: a.answers, perception: a.unsafe, harm: a.harm, withData: a.harm > 0 || a.answers > 0 })),
    options,
  );
}

export interface WardPerceptionArea extends PerceptionArea {
  /** Residents (the approximate mid-2019 ward population). */
  population: number;
}

export interface WardPerceptionOptions extends PerceptionOptions {
  /**
   * Months of the range that hold data (not calendar months: a gap in the publication is not a month of
   * nothing). The harm of the range is annualised over these.
   */
  monthsWithData: number;
}

export interface WardPerceptionClassification extends PerceptionClassification {
  /** Harm per 1,000 residents per year, by area; null without a population or a month with data. */
  rates: (number | null)[];
  /** Share of answers "unsafe", 0–1, by area; null without answers. */
  shares: (number | null)[];
}

/**
 * Per ward: classify each ward by its rate of recorded harm, `1000 × harm / population × 12 / monthsWithData`
 * (per 1,000 residents per year), against the share of its answers that say "unsafe", `unsafe / answers`. So a
 * large ward is not "harmful" for its size, nor a much-surveyed one "feared" for its number of answers. Thresholds:
 * medians as in `classifyPerception` (the share median over wards with at least `minAnswers` answers; the rate
 * median over wards with data and a rate), or `perceptionThreshold` (a share, 0–1) and `harmThreshold` (a rate).
 */
export function classifyWardPerception(
  wards: readonly WardPerceptionArea[],
  options: WardPerceptionOptions,
): WardPerceptionClassification {
  const rates = wards.map((w) => annualRatePer1000(w.harm, w.population, options.monthsWithData));
  const shares = wards.map((w) => (w.answers > 0 ? w.unsafe / w.answers : null));
  const c = classifyMeasured(
    wards.map((w, i) => ({ answers: w.answers, perception: shares[i] ?? 0, harm: rates[i], withData: w.harm > 0 || w.answers > 0 })),
    options,
  );
  return { ...c, rates, shares };
}
