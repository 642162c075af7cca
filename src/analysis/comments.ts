/**
 * Free-text survey comments, prepared for display. They are shown as inert text: markup such as
 * `<img onerror=…>` is left exactly as typed here and must reach the page as a text node (React's `{text}`),
 * never as HTML. What this module removes is personal detail a young person may have typed in.
 */

const EMAIL = /[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/gi;

/**
 * UK telephone numbers: a trunk 0 (optionally in brackets, "(01843) 123 456") or +44 / 0044 (optionally with
 * "(0)"), then 9 or 10 more digits in any grouping of spaces, hyphens and a closing bracket. The leading 0 or
 * +44 is what keeps years ("2019") and counts ("24 hours") out; the digit count keeps out longer runs.
 */
const PHONE = /(?<![\w+])(?:(?:\+|00)44[\s-]?(?:\(0\)[\s-]?)?|\(?0)(?:\d[\s)-]{0,2}){8,9}\d(?!\d)/g;

/**
 * UK postcodes, any case, with or without the space: outward code A9, A99, A9A, AA9, AA99 or AA9A, then the
 * inward code 9AA. Inward letters are never C, I, K, M, O or V, which keeps out notes such as "Y11 3pm".
 */
const POSTCODE = /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/gi;

/** Replace emails, UK phone numbers and UK postcodes with "[email]", "[phone]" and "[postcode]". */
export function maskPersonalDetails(text: string): string {
  // Emails first: their digits must not be read as a phone number.
  return text.replace(EMAIL, '[email]').replace(PHONE, '[phone]').replace(POSTCODE, '[postcode]');
}

/**
 * The comments to show for a group of `groupSize` answers (a ward, a cell, a selection): none below `minGroup`,
 * where a comment could identify its writer; otherwise the non-blank comments, masked unless `mask` is false.
 */
export function commentsForGroup(
  comments: readonly string[],
  groupSize: number,
  minGroup = 5,
  mask = true,
): { shown: string[]; withheld: boolean } {
  if (groupSize < minGroup) return { shown: [], withheld: true };
  const written = comments.filter((c) => c.trim() !== '');
  return { shown: mask ? written.map(maskPersonalDetails) : written, withheld: false };
}
