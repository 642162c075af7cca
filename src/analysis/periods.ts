import type { MonthIndex } from '../domain/months';

export interface Period {
  from: MonthIndex;
  to: MonthIndex;
}

/** The equal-length period just before. */
export function previousPeriod(p: Period): Period {
  const len = p.to - p.from + 1;
  return { from: p.from - len, to: p.to - len };
}

/** The same months a year earlier. */
export function yearEarlier(p: Period): Period {
  return { from: p.from - 12, to: p.to - 12 };
}

/** True only when every month of the period holds data: a comparison over a gap would compare with nothing. */
export function covered(p: Period, monthsWithData: ReadonlySet<MonthIndex>): boolean {
  for (let m = p.from; m <= p.to; m++) if (!monthsWithData.has(m)) return false;
  return true;
}

export interface Comparison {
  current: number;
  /** null: the data do not cover the comparison period ("not available"). */
  previous: number | null;
  /** Percentage change, quoted only when the base reaches the minimum; rounded to a whole number. */
  percent: number | null;
  direction: 'up' | 'down' | 'no change' | 'not available';
  /** "up 18 % on Mar–May 2019", "down 4 on Mar–May 2019" (small base: a number, not a percentage), … */
  words: string;
}

/**
 * Compares a figure with an earlier period. The percentage is quoted only above `minBase` (default 20) on the
 * earlier period, because "up 100 %" from 2 to 4 says nothing; below it the change is given as a number.
 */
export function compare(current: number, previous: number | null, previousLabel: string, minBase = 20): Comparison {
  if (previous === null) return { current, previous, percent: null, direction: 'not available', words: `${previousLabel}: not available` };
  const diff = current - previous;
  const direction = diff > 0 ? 'up' : diff < 0 ? 'down' : 'no change';
  // Halves round away from zero, so a rise and a fall of the same size read the same.
  const raw = (100 * diff) / (previous || 1);
  const percent = previous >= minBase ? Math.sign(raw) * Math.round(Math.abs(raw)) : null;
  const amount = percent !== null ? `${Math.abs(percent)} %` : `${Math.abs(Math.round(diff)).toLocaleString('en-GB')}`;
  const words = direction === 'no change' ? `no change on ${previousLabel}` : `${direction} ${amount} on ${previousLabel}`;
  return { current, previous, percent, direction, words };
}
