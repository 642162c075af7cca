import { monthsBetween, type MonthIndex } from '../domain/months';

export interface MonthCoverage {
  /** Months in the range that hold data. */
  withData: MonthIndex[];
  /** Months in the range with no data at all: a gap in the data, never a zero. */
  gaps: MonthIndex[];
}

/** Splits an inclusive month range into months with data and gap months. */
export function monthCoverage(available: readonly MonthIndex[], from: MonthIndex, to: MonthIndex): MonthCoverage {
  const have = new Set(available);
  const withData: MonthIndex[] = [];
  const gaps: MonthIndex[] = [];
  for (const m of monthsBetween(from, to)) (have.has(m) ? withData : gaps).push(m);
  return { withData, gaps };
}

/** Consecutive runs of months, e.g. gaps [574..584] → [[574, 584]], for "Nov 2017 – Sep 2018". */
export function monthRuns(months: readonly MonthIndex[]): [MonthIndex, MonthIndex][] {
  const runs: [MonthIndex, MonthIndex][] = [];
  for (const m of [...months].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}
