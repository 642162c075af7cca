import type { MonthIndex } from '../domain/months';

/** Months below this share of the median month are flagged as a possible incomplete publication. */
export const INCOMPLETE_SHARE = 0.75;

export interface MonthFlag {
  month: MonthIndex;
  count: number;
  median: number;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Months far below the rest: `count < share × median` of the months that have data. Gap months (no data at
 * all) are not passed in and never flagged: they are "no data", not small. Applied to whole publications
 * (all categories, the whole area), because a filtered slice is too small for the rule to mean anything.
 * A flagged month is a data-quality warning, never a fall in crime.
 */
export function incompleteMonths(
  months: readonly MonthIndex[],
  counts: readonly number[],
  share = INCOMPLETE_SHARE,
): MonthFlag[] {
  if (months.length < 3) return [];
  const med = median([...counts]);
  return months
    .map((month, i) => ({ month, count: counts[i], median: med }))
    .filter((f) => f.count < share * med);
}
