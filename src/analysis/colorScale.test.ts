import { describe, expect, it } from 'vitest';
import { classOf, countBreaks, niceCeil, niceRound } from './colorScale';

describe('count colour classes', () => {
  it('rounds up to 1-2-5 numbers', () => {
    expect([0.3, 1, 1.5, 3, 7, 10, 11, 40, 51, 999].map(niceCeil)).toEqual([1, 1, 2, 5, 10, 10, 20, 50, 100, 1000]);
  });

  it('rounds to the nearest 1-2-5 number on a log scale', () => {
    expect([0.5, 1.3, 1.5, 3, 3.3, 7, 7.5, 18.8, 133, 355].map(niceRound)).toEqual([1, 1, 2, 2, 5, 5, 10, 20, 100, 500]);
  });

  it('makes increasing breaks starting at 1 and not above the maximum', () => {
    for (const max of [1, 2, 3, 9, 50, 953, 120_000]) {
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
