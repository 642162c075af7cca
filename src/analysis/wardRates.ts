export interface WardRow {
  ward: number;
  count: number;
  /** Share of the count over all wards, 0–1. */
  share: number;
  /** Records per 1,000 residents; null where the population is unknown. */
  ratePer1000: number | null;
}

/** Each ward's count, share of the total and rate per 1,000 residents. */
export function wardRows(counts: ArrayLike<number>, populations: ArrayLike<number>): WardRow[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i];
  return Array.from({ length: counts.length }, (_, ward) => ({
    ward,
    count: counts[ward],
    share: total > 0 ? counts[ward] / total : 0,
    ratePer1000: populations[ward] > 0 ? (1000 * counts[ward]) / populations[ward] : null,
  }));
}

/** Rate per 1,000 for areas with known populations (LSOAs on the map). */
export function ratePer1000(count: number, population: number | undefined): number | null {
  return population && population > 0 ? (1000 * count) / population : null;
}

/**
 * Records (or harm) per 1,000 residents per year: `1000 × count / population × 12 / monthsWithData`, where
 * `monthsWithData` counts the months of the range that hold data (a gap month in the publication adds nothing to
 * the count, so it must not add to the time either). Null without a population or without a month with data.
 */
export function annualRatePer1000(count: number, population: number, monthsWithData: number): number | null {
  if (!(population > 0) || !(monthsWithData > 0) || !Number.isFinite(count)) return null;
  return (1000 * count * 12) / (population * monthsWithData);
}
