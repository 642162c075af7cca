import { describe, expect, it } from 'vitest';
import { parseMonth } from '../domain/months';
import { compare, covered, previousPeriod, yearEarlier } from './periods';

const m = (s: string) => parseMonth(s)!;
// The embedded data: Oct 2017 and Oct 2018 – Oct 2019.
const embedded = new Set([m('2017-10'), ...Array.from({ length: 13 }, (_, i) => m('2018-10') + i)]);

describe('period comparisons', () => {
  it('finds the previous equal period and the same period a year earlier', () => {
    expect(previousPeriod({ from: m('2019-06'), to: m('2019-08') })).toEqual({ from: m('2019-03'), to: m('2019-05') });
    expect(yearEarlier({ from: m('2019-10'), to: m('2019-10') })).toEqual({ from: m('2018-10'), to: m('2018-10') });
  });

  it('compares with a year earlier only where the data cover it: October does, August does not', () => {
    expect(covered(yearEarlier({ from: m('2019-10'), to: m('2019-10') }), embedded)).toBe(true);
    expect(covered(yearEarlier({ from: m('2018-10'), to: m('2018-10') }), embedded)).toBe(true);
    expect(covered(yearEarlier({ from: m('2019-08'), to: m('2019-08') }), embedded)).toBe(false);
    expect(covered(previousPeriod({ from: m('2018-10'), to: m('2018-12') }), embedded)).toBe(false);
  });

  it('quotes a percentage only above the minimum base, direction in words', () => {
    // 212 against 180: +32 → 32/180 = 17.8 % → "up 18 %".
    expect(compare(212, 180, 'Mar–May')).toEqual({ current: 212, previous: 180, percent: 18, direction: 'up', words: 'up 18 % on Mar–May' });
    // 6 against 3: base 3 < 20 → a number, not "up 100 %".
    expect(compare(6, 3, 'Oct 2018')).toMatchObject({ percent: null, direction: 'up', words: 'up 3 on Oct 2018' });
    expect(compare(19, 40, 'Oct 2018')).toMatchObject({ percent: -53, direction: 'down', words: 'down 53 % on Oct 2018' });
    expect(compare(40, 40, 'Oct 2018').words).toBe('no change on Oct 2018');
    expect(compare(40, null, 'Oct 2016')).toMatchObject({ direction: 'not available', words: 'Oct 2016: not available' });
    // Exactly the minimum base quotes a percentage.
    expect(compare(25, 20, 'x').percent).toBe(25);
  });
});
