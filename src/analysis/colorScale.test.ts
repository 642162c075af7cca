import { describe, expect, it } from 'vitest';
import { classOf, countBreaks, quantileBreaks, twoSignificant } from './colorScale';

describe('count colour classes', () => {
  it('uses the densest readable series that fits in the palette', () => {
    expect(countBreaks(50)).toEqual([1, 2, 5, 10, 20, 50]);
    expect(countBreaks(953)).toEqual([1, 3, 10, 30, 100, 300]);
    expect(countBreaks(4)).toEqual([1, 2]);
    expect(countBreaks(120_000)).toEqual([1, 10, 100, 1000, 10_000, 100_000]);
    expect(countBreaks(5e9)).toEqual([1, 100, 10_000, 1e6, 1e8]);
  });

  it('makes increasing breaks starting at 1 and not above the maximum', () => {
    for (const max of [1, 2, 3, 9, 50, 953, 120_000, 5e9]) {
      const b = countBreaks(max);
      expect(b[0]).toBe(1);
      expect(b.every((x, i) => i === 0 || x > b[i - 1])).toBe(true);
      expect(b[b.length - 1]).toBeLessThanOrEqual(max);
      expect(b.length).toBeLessThanOrEqual(7);
    }
    expect(countBreaks(1)).toEqual([1]);
  });

  it('puts each value in the class whose range holds it', () => {
    const breaks = [1, 5, 10, 50];
    expect([1, 4, 5, 9, 10, 49, 50, 900].map((v) => classOf(v, breaks))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('quantile classes for rates', () => {
  it('split ten values into five classes at the quantiles, worked by hand', () => {
    const values = [12, 3.14159, 45, 7, 100, 61.5, 20, 33, 88.8, 9];
    // sorted: 3.14 7 9 12 20 33 45 61.5 88.8 100 → quantile positions 0, 2, 4, 6, 8
    expect(quantileBreaks(values, 5)).toEqual([3.1, 9, 20, 45, 89]);
  });

  it('round to two significant figures and drop repeated bounds', () => {
    expect([1234, 0.0456, 99.5, 5].map(twoSignificant)).toEqual([1200, 0.046, 100, 5]);
    expect(quantileBreaks([5, 5, 5, 5, 6], 5)).toEqual([5, 6]);
    expect(quantileBreaks([], 5)).toEqual([0]);
  });
});
