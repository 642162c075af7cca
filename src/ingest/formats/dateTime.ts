/**
 * Dates and date-times as council and survey systems write them. UK day-first order is assumed for
 * slashed dates ("03/05/2019" is 3 May), as UK case systems export them. Returns naive epoch milliseconds
 * (the clock time read as if UTC, so that hour-of-day stays the local hour), or undefined.
 */
export function parseDateTime(text: string): number | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (m) return build(+m[1], +m[2], +m[3], m[4], m[5], m[6]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (m) return build(+m[3], +m[2], +m[1], m[4], m[5], m[6]);
  return undefined;
}

function build(y: number, mo: number, d: number, h?: string, mi?: string, s?: string): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1970 || y > 2200) return undefined;
  const hour = h === undefined ? 0 : +h;
  const minute = mi === undefined ? 0 : +mi;
  const second = s === undefined ? 0 : +s;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, hour, minute, second);
  // Reject 31/02 and the like, which Date would roll into the next month.
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

/** True when the text carries a time of day, not just a date. */
export function hasTime(text: string): boolean {
  return /\d{1,2}:\d{2}/.test(text);
}

/** Month index ((year − 1970) × 12 + month − 1) of naive epoch milliseconds. */
export function monthIndexOf(ms: number): number {
  const d = new Date(ms);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}
