/**
 * Sequential colour classes for counts. Palette: ColorBrewer YlOrRd (7 classes), which is colour-blind safe
 * and prints in greyscale in order of lightness.
 */
export const SEQUENTIAL_PALETTE: readonly [number, number, number][] = [
  [255, 255, 178],
  [254, 217, 118],
  [254, 178, 76],
  [253, 141, 60],
  [252, 78, 42],
  [227, 26, 28],
  [177, 0, 38],
];

/** Readable class bounds, densest first: 1-2-5, then 1-3, then powers of ten per decade. */
const SERIES: readonly number[][] = [[1, 2, 5], [1, 3], [1]];

function seriesUpTo(steps: readonly number[], max: number): number[] {
  const out: number[] = [];
  for (let p = 1; p <= max; p *= 10) for (const s of steps) if (s * p <= max) out.push(s * p);
  return out;
}

/**
 * Lower bounds of each colour class for values 1..max: class i holds values ≥ breaks[i] and < breaks[i+1].
 * Counts are skewed (many cells hold 1 or 2 records, a few hold hundreds), so the classes grow
 * geometrically, on the densest readable series (1-2-5, else 1-3, else 1-10) that needs no more than
 * `classes` classes.
 */
export function countBreaks(max: number, classes = SEQUENTIAL_PALETTE.length): number[] {
  if (max <= 1) return [1];
  for (const steps of SERIES) {
    const breaks = seriesUpTo(steps, max);
    if (breaks.length <= classes) return breaks;
  }
  const decades = seriesUpTo([1], max);
  const stride = Math.ceil(decades.length / classes);
  return decades.filter((_, i) => i % stride === 0);
}

/** Index of the class holding `value` (values below the first break go in class 0). */
export function classOf(value: number, breaks: readonly number[]): number {
  let k = 0;
  while (k + 1 < breaks.length && value >= breaks[k + 1]) k++;
  return k;
}

/** Colour for a class, spreading few classes across the whole palette so they stay distinguishable. */
export function classColor(k: number, classCount: number): [number, number, number] {
  const n = SEQUENTIAL_PALETTE.length;
  const i = classCount <= 1 ? n - 1 : Math.round((k * (n - 1)) / (classCount - 1));
  return SEQUENTIAL_PALETTE[i];
}

/** x rounded to two significant figures (1234 → 1200, 0.0456 → 0.046). */
export function twoSignificant(x: number): number {
  if (x === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(x))) - 1);
  return Math.round(x / p) * p;
}

/**
 * Class lower bounds at quantiles of the values (for rates, which are not skewed like counts): the first
 * bound is the minimum, the rest the k/classes quantiles, rounded to two significant figures, duplicates dropped.
 */
export function quantileBreaks(values: readonly number[], classes = 5): number[] {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return [0];
  const breaks = [twoSignificant(v[0])];
  for (let k = 1; k < classes; k++) {
    const b = twoSignificant(v[Math.floor((k * v.length) / classes)]);
    if (b > breaks[breaks.length - 1]) breaks.push(b);
  }
  return breaks;
}
