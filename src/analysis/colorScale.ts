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

const NICE_STEPS = [1, 2, 5];

/** The smallest 1-2-5 number ≥ x. */
export function niceCeil(x: number): number {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  for (const s of [...NICE_STEPS, 10]) if (s * p >= x) return s * p;
  return 10 * p;
}

/** The 1-2-5 number nearest to x on a log scale (7 → 10, 3 → 2). */
export function niceRound(x: number): number {
  if (x <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(x));
  let best = p;
  for (const s of [...NICE_STEPS, 10]) if (Math.abs(Math.log(s * p / x)) < Math.abs(Math.log(best / x))) best = s * p;
  return best;
}

/**
 * Lower bounds of each colour class for values 1..max: class i holds values ≥ breaks[i] and < breaks[i+1].
 * Roughly geometric (counts are skewed: many cells hold 1 or 2 records, a few hold hundreds), rounded to
 * readable 1-2-5 numbers and strictly increasing. At most `classes` classes; fewer when max is small.
 */
export function countBreaks(max: number, classes = SEQUENTIAL_PALETTE.length): number[] {
  const breaks = [1];
  if (max <= 1) return breaks;
  const ratio = Math.pow(max, 1 / classes);
  for (let i = 1; i < classes; i++) {
    const b = niceRound(Math.pow(ratio, i));
    if (b > breaks[breaks.length - 1] && b <= max) breaks.push(b);
  }
  return breaks;
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
