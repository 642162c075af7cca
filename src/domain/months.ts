/**
 * Months are stored as an integer index: (year − 1970) × 12 + (month − 1).
 * Integers make ranges, gaps and cube axes simple; text is only for display and the URL.
 */
export type MonthIndex = number;

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** "2019-05" → month index, or undefined when the text is not a valid YYYY-MM month. */
export function parseMonth(text: string): MonthIndex | undefined {
  const m = MONTH_RE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1970 || year > 2200) return undefined;
  return (year - 1970) * 12 + (month - 1);
}

export function formatMonth(index: MonthIndex): string {
  const year = 1970 + Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

const SHORT_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 2018" */
export function monthLabel(index: MonthIndex): string {
  return `${SHORT_NAMES[index % 12]} ${1970 + Math.floor(index / 12)}`;
}

export function monthsBetween(from: MonthIndex, to: MonthIndex): MonthIndex[] {
  const out: MonthIndex[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}
