/** Statistical disclosure control for counts of sensitive offences in small areas. */
export interface DisclosureRule {
  on: boolean;
  /** Counts below this show as "<threshold". */
  threshold: number;
  /** Totals that could give a suppressed count back by subtraction are rounded to a multiple of this. */
  roundTo: number;
  /** Category names treated as sensitive (and sources marked sensitive). */
  sensitive: readonly string[];
}

export const DEFAULT_DISCLOSURE: DisclosureRule = {
  on: true,
  threshold: 5,
  roundTo: 5,
  sensitive: ['Violence and sexual offences'],
};

/** Whether the rule bites on a view: it is on and the view counts at least one sensitive category or source. */
export function applies(rule: DisclosureRule, categoriesInView: readonly string[], sensitiveSourceInView = false): boolean {
  return rule.on && (sensitiveSourceInView || categoriesInView.some((c) => rule.sensitive.includes(c)));
}

/** A count as shown: "<5" when 1–4, the number otherwise (0 is not disclosive: nothing happened). */
export function showCount(n: number, rule: DisclosureRule): string {
  if (n > 0 && n < rule.threshold) return `<${rule.threshold}`;
  return Math.round(n).toLocaleString('en-GB');
}

/** Round half up to a multiple of `to`. */
export function roundTo(n: number, to: number): number {
  return to > 0 ? Math.round(n / to) * to : n;
}

/**
 * A total shown beside its parts. When any part is suppressed the total is rounded, so that total minus the
 * shown parts cannot give the suppressed one back; a total that is itself small is suppressed.
 */
export function showTotal(total: number, parts: readonly number[], rule: DisclosureRule): string {
  if (total > 0 && total < rule.threshold) return `<${rule.threshold}`;
  const anySuppressed = parts.some((p) => p > 0 && p < rule.threshold);
  return anySuppressed ? `≈${roundTo(total, rule.roundTo).toLocaleString('en-GB')}` : Math.round(total).toLocaleString('en-GB');
}

/** Which cells must be drawn in the suppressed band: those holding 1 to threshold − 1 records. */
export function suppressedCells(counts: ArrayLike<number>, rule: DisclosureRule): Uint8Array {
  return Uint8Array.from({ length: counts.length }, (_, i) => (counts[i] > 0 && counts[i] < rule.threshold ? 1 : 0));
}

/** The sentence every slide and export carries. */
export function ruleText(rule: DisclosureRule, appliesHere: boolean): string {
  if (!rule.on) return 'Disclosure control: off.';
  if (!appliesHere) return `Disclosure control: on for ${rule.sensitive.join(', ')}; not needed for the categories shown.`;
  return `Disclosure control: counts of ${rule.sensitive.join(', ')} below ${rule.threshold} are shown as <${rule.threshold} and drawn in one grey band; totals beside suppressed figures are rounded to the nearest ${rule.roundTo}; hot-spot layers show classes only.`;
}
