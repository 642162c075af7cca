import { describe, expect, it } from 'vitest';
import { incompleteMonths } from './monthQuality';

describe('possibly incomplete months', () => {
  it('flags the two short months of the real Thanet data and no other', () => {
    // Records per month in data/police-uk (README of the extract): 2017-10, then 2018-10 … 2019-10.
    const months = [573, 585, 586, 587, 588, 589, 590, 591, 592, 593, 594, 595, 596, 597];
    const counts = [2117, 2014, 1416, 850, 1778, 1675, 2027, 2027, 2178, 1992, 2182, 2179, 1960, 1883];
    // Median of the 14 months = (1992 + 2014) / 2 = 2003; 75 % of it = 1502.25.
    const flags = incompleteMonths(months, counts);
    expect(flags.map((f) => f.month)).toEqual([586, 587]);
    expect(flags[0]).toEqual({ month: 586, count: 1416, median: 2003 });
  });

  it('flags nothing in a steady series or with too few months', () => {
    expect(incompleteMonths([1, 2, 3, 4], [100, 90, 110, 95])).toEqual([]);
    expect(incompleteMonths([1, 2], [100, 1])).toEqual([]);
  });
});
