import { describe, expect, it } from 'vitest';
import { parseMonth } from '../domain/months';
import { monthCoverage, monthRuns } from './monthCoverage';

const m = (s: string) => parseMonth(s)!;

describe('month coverage', () => {
  const embedded = [m('2017-10'), ...Array.from({ length: 13 }, (_, i) => m('2018-10') + i)];

  it('names the gap between Oct 2017 and Oct 2018 as months without data', () => {
    const c = monthCoverage(embedded, m('2017-10'), m('2019-10'));
    expect(c.withData).toHaveLength(14);
    expect(c.gaps).toHaveLength(11);
    expect(monthRuns(c.gaps)).toEqual([[m('2017-11'), m('2018-09')]]);
  });

  it('has no gaps inside the consecutive months', () => {
    expect(monthCoverage(embedded, m('2018-10'), m('2019-10')).gaps).toEqual([]);
  });

  it('splits separate runs', () => {
    expect(monthRuns([5, 1, 2, 7, 6])).toEqual([
      [1, 2],
      [5, 7],
    ]);
  });
});
