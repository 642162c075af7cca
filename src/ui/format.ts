import { monthLabel } from '../domain/months';
import { monthRuns } from '../analysis/monthCoverage';

export const formatCount = (n: number) => n.toLocaleString('en-GB');

/** A harm sum or a count: whole numbers as they are, small fractions to one decimal place. */
export const formatValue = (n: number) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: Number.isInteger(n) || Math.abs(n) >= 100 ? 0 : 1 });

/** Axis labels: 2,000 · 15k · 2.2M. */
export const formatCompact = (n: number) =>
  Math.abs(n) < 10_000 ? n.toLocaleString('en-GB') : n.toLocaleString('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/** "Nov 2017 – Sep 2018, Mar 2019" */
export function formatMonthRuns(months: readonly number[]): string {
  return monthRuns(months)
    .map(([a, b]) => (a === b ? monthLabel(a) : `${monthLabel(a)} – ${monthLabel(b)}`))
    .join(', ');
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 2019", "Jun–Aug 2019", "Nov 2018 – Jan 2019". */
export function formatPeriod(from: number, to: number): string {
  const y = (m: number) => 1970 + Math.floor(m / 12);
  const mo = (m: number) => MONTH_SHORT[m % 12];
  if (from === to) return `${mo(from)} ${y(from)}`;
  if (y(from) === y(to)) return `${mo(from)}–${mo(to)} ${y(to)}`;
  return `${mo(from)} ${y(from)} – ${mo(to)} ${y(to)}`;
}
