import { describe, expect, it } from 'vitest';
import { classifyEmerging, EMERGING_CLASSES, EMERGING_DEFINITIONS, type EmergingClass } from './emerging';

// z-score series for the Mann–Kendall part (T = 10), worked by hand:
// RISING 1.7, 1.9, …, 3.5: all 45 pairs increase, S = 45, Var = 10·9·25/18 = 125,
//   z = 44/√125 = 3.9355, p = 8.3e-5 (mpmath) → significant upward trend.
// FALLING: RISING reversed, S = −45, z = −3.9355 → significant downward trend.
// FLAT 3, 2, 3, 2, …: 3 before 2 in 5+4+3+2+1 = 15 pairs (−15), 2 before 3 in 4+3+2+1+0 = 10 pairs (+10),
//   S = −5; two tie groups of 5: Var = (2250 − 2·5·4·15)/18 = 1650/18 = 91.67,
//   z = −4/√91.67 = −0.4178, p = 0.676 → no trend.
const RISING = Array.from({ length: 10 }, (_, t) => 1.7 + 0.2 * t);
const FALLING = [...RISING].reverse();
const FLAT = Array.from({ length: 10 }, (_, t) => (t % 2 ? 2 : 3));
const neg = (xs: number[]) => xs.map((x) => -x);

/** Classes where the trend does not enter: the bins serve as their own z-scores. */
const byBins = (bins: number[]) => classifyEmerging(bins, bins);

describe('emerging hot spot classes', () => {
  const hotCases: [EmergingClass, number[], number[]][] = [
    // hot only in the final step
    ['new hot spot', [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], [0, 0, 0, 0, 0, 0, 0, 0, 0, 2]],
    // final run of 3, nothing hot before, 3/10 < 90 %
    ['consecutive hot spot', [0, 0, 0, 0, 0, 0, 0, 1, 2, 3], [0, 0, 0, 0, 0, 0, 0, 1, 2, 3]],
    // hot in 10/10, z rising significantly
    ['intensifying hot spot', [1, 1, 2, 2, 2, 3, 3, 3, 3, 3], RISING],
    // hot in 10/10, no trend
    ['persistent hot spot', [3, 2, 3, 2, 3, 2, 3, 2, 3, 2], FLAT],
    // hot in 10/10, z falling significantly
    ['diminishing hot spot', [3, 3, 3, 3, 3, 2, 2, 2, 1, 1], FALLING],
    // hot in the final step, 4/10, on and off, never cold
    ['sporadic hot spot', [0, 1, 0, 0, 2, 0, 0, 1, 0, 1], [0, 1, 0, 0, 2, 0, 0, 1, 0, 1]],
    // hot in the final step, hot before the final run, cold at steps 2 and 7
    ['oscillating hot spot', [0, -2, 0, 1, 0, 0, -1, 0, 0, 3], [0, -2, 0, 1, 0, 0, -1, 0, 0, 3]],
    // hot in 9/10 = 90 %, final step not significant
    ['historical hot spot', [1, 1, 2, 2, 3, 3, 2, 1, 1, 0], [1, 1, 2, 2, 3, 3, 2, 1, 1, 0]],
  ];
  // Cold mirrors: negate the bins and the z-scores (so an intensifying cold spot's z trends down).
  const coldCases = hotCases.map(
    ([c, bins, zs]) => [c.replace('hot', 'cold') as EmergingClass, neg(bins), neg(zs)] as const,
  );

  it.each([...hotCases, ...coldCases])('%s', (want, bins, zs) => {
    expect(classifyEmerging(bins, zs)).toBe(want);
  });

  it('reports no pattern for all zeros, an old lone hot spot, and an empty series', () => {
    expect(byBins([0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('no pattern detected');
    expect(byBins([0, 3, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('no pattern detected');
    // 8/10 hot but not in the final step: not historical (needs 90 %)
    expect(byBins([1, 1, 1, 1, 0, 1, 1, 1, 1, 0])).toBe('no pattern detected');
    expect(classifyEmerging([], [])).toBe('no pattern detected');
  });

  it('hits every one of the 17 classes, in the documented order, each with a definition', () => {
    const seen = new Set<EmergingClass>([...hotCases, ...coldCases].map(([, b, z]) => classifyEmerging(b, z)));
    seen.add(byBins([0, 0, 0]));
    expect(seen.size).toBe(17);
    expect(EMERGING_CLASSES).toHaveLength(17);
    expect(new Set(EMERGING_CLASSES)).toEqual(seen);
    expect(EMERGING_CLASSES.slice(0, 3)).toEqual(['new hot spot', 'consecutive hot spot', 'intensifying hot spot']);
    expect(EMERGING_CLASSES[8]).toBe('new cold spot');
    expect(EMERGING_CLASSES[16]).toBe('no pattern detected');
    for (const c of EMERGING_CLASSES) expect(EMERGING_DEFINITIONS[c]).toMatch(/^[A-Z].{20,}\.$/);
  });
});

describe('emerging hot spot edge cases', () => {
  it('counts exactly 90 % as "at least 90 %", and 85 % as less', () => {
    // 9/10 hot including the final step, one gap: persistent, not sporadic.
    expect(classifyEmerging([1, 1, 1, 0, 1, 1, 1, 1, 1, 1], FLAT)).toBe('persistent hot spot');
    // 18/20 = 90 % → persistent; 17/20 = 85 % → on and off → sporadic
    const twenty = (gaps: number[]) => Array.from({ length: 20 }, (_, t) => (gaps.includes(t) ? 0 : 2));
    const flat20 = [...FLAT, ...FLAT];
    expect(classifyEmerging(twenty([4, 11]), flat20)).toBe('persistent hot spot');
    expect(classifyEmerging(twenty([4, 11, 15]), flat20)).toBe('sporadic hot spot');
    // 8/10 hot including the final step: sporadic
    expect(byBins([1, 1, 0, 1, 1, 1, 0, 1, 1, 1])).toBe('sporadic hot spot');
  });

  it('tells a final run of 1 (new) from a run of 2 (consecutive), and needs no hot step before the run', () => {
    expect(byBins([0, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe('new hot spot');
    expect(byBins([0, 0, 0, 0, 0, 0, 0, 0, 1, 1])).toBe('consecutive hot spot');
    // hot before the final run: on and off, not consecutive and not new
    expect(byBins([1, 0, 0, 0, 0, 0, 0, 0, 1, 1])).toBe('sporadic hot spot');
    expect(byBins([0, 0, 1, 0, 0, 0, 0, 0, 0, 1])).toBe('sporadic hot spot');
  });

  it('puts new and consecutive before oscillating when the only history is cold', () => {
    // hot then cold then hot: oscillating
    expect(byBins([2, 0, -2, 0, 0, 0, 0, 0, 0, 2])).toBe('oscillating hot spot');
    // cold, then hot only in the final step: never hot before → new
    expect(byBins([0, -2, 0, 0, 0, 0, 0, 0, 0, 2])).toBe('new hot spot');
    // cold, then an unbroken hot run of 2 at the end → consecutive
    expect(byBins([-1, -1, 0, 0, 0, 0, 0, 0, 1, 1])).toBe('consecutive hot spot');
  });

  it('lets the final step decide first', () => {
    // 9/10 hot but not in the final step: historical even with a significant trend
    expect(classifyEmerging([1, 1, 1, 1, 1, 1, 1, 1, 1, 0], RISING)).toBe('historical hot spot');
    expect(classifyEmerging([1, 1, 1, 1, 1, 1, 1, 1, 1, 0], FLAT)).toBe('historical hot spot');
    // 9 hot steps then a cold one: the cold side's rules apply, and it has never been cold before → new
    expect(byBins([2, 2, 2, 2, 2, 2, 2, 2, 2, -1])).toBe('new cold spot');
  });

  it('needs the trend to be significant at alpha', () => {
    // RISING has p = 8.3e-5: significant at 0.05 and 1e-4, not at 1e-5
    const allHot = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(classifyEmerging(allHot, RISING, 1e-4)).toBe('intensifying hot spot');
    expect(classifyEmerging(allHot, RISING, 1e-5)).toBe('persistent hot spot');
  });

  it('handles a one-step series and rejects mismatched lengths', () => {
    expect(byBins([3])).toBe('new hot spot');
    expect(byBins([-1])).toBe('new cold spot');
    expect(byBins([0])).toBe('no pattern detected');
    // two hot steps: 100 %, and Mann–Kendall reports no trend below 3 values → persistent
    expect(byBins([1, 1])).toBe('persistent hot spot');
    expect(() => classifyEmerging([1, 2], [1])).toThrow();
  });
});
