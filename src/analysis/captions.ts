import { compare, type Comparison } from './periods';
import { showCount, showTotal, type DisclosureRule } from './disclosure';

/** Everything a briefing slide states, computed once; the captions only put these numbers into words. */
export interface SlideFigures {
  /** "Violence and sexual offences", "All crime" … */
  categoryLabel: string;
  /** "Margate Central", "Thanet" … */
  areaLabel: string;
  periodLabel: string;
  previousLabel: string;
  yearLabel: string;
  /** Records (or harm) in the period, the previous equal period and a year earlier (null: not covered). */
  total: number;
  previous: number | null;
  yearEarlier: number | null;
  /** Records per ward in the period, for disclosure control of the total. */
  parts: number[];
  topLocations: { location: string; ward: string; value: number }[];
  hotSpots: number;
  newHotSpots: number;
  newHotSpotNear: string | null;
  /** Months in the period flagged as possibly incomplete, as words ("Nov 2018 – Dec 2018"), or null. */
  incomplete: string | null;
  /** True when the figures are harm rather than counts (no disclosure rounding of harm sums). */
  harm: boolean;
}

export interface Captions {
  headline: string;
  previous: Comparison;
  yearEarlier: Comparison;
  lines: string[];
}

/**
 * Plain-English captions from the figures: what changed and by how much, never why. With disclosure control
 * on, every count goes through the same suppression as the figures shown beside it.
 */
export function captions(f: SlideFigures, rule: DisclosureRule | null, minBase = 20): Captions {
  const count = (n: number) => (rule && !f.harm ? showCount(n, rule) : Math.round(n).toLocaleString('en-GB'));
  const total = rule && !f.harm ? showTotal(f.total, f.parts, rule) : Math.round(f.total).toLocaleString('en-GB');
  const suppressedTotal = total.startsWith('<') || total.startsWith('≈');
  // A comparison could give a suppressed figure back; when the total is suppressed or rounded it is not quoted.
  const prev = suppressedTotal ? compare(f.total, null, f.previousLabel) : compare(f.total, f.previous, f.previousLabel, minBase);
  const year = suppressedTotal ? compare(f.total, null, f.yearLabel) : compare(f.total, f.yearEarlier, f.yearLabel, minBase);
  const unit = f.harm ? ' (harm)' : '';
  const headline = `${f.categoryLabel} in ${f.areaLabel}: ${total}${unit} in ${f.periodLabel}, ${prev.words}`;
  const lines = [`${headline}.`];
  if (year.direction !== 'not available') lines.push(`Against the same months a year earlier: ${year.words}.`);
  if (f.hotSpots > 0) lines.push(`${count(f.hotSpots)} significant hot spot${f.hotSpots === 1 ? '' : 's'} (Gi*, 95 % or more).`);
  if (f.newHotSpots > 0) {
    lines.push(`${f.newHotSpots} new hot spot${f.newHotSpots === 1 ? '' : 's'} since ${f.previousLabel}${f.newHotSpotNear ? ` near ${f.newHotSpotNear}` : ''}.`);
  }
  if (f.incomplete) lines.push(`${f.incomplete}: possibly incomplete publication — figures for those months are low for that reason.`);
  return { headline, previous: prev, yearEarlier: year, lines };
}
