import { describe, expect, it } from 'vitest';
import { classOf, countBreaks } from './colorScale';

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
