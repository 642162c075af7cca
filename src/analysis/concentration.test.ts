import { describe, expect, it } from 'vitest';
import { cellsForShare, generalisedGini, gini, lorenzCurve, topShare } from './concentration';

/** Independent Gini: mean absolute difference over all ordered pairs / (2 · mean) = ΣΣ|xi − xj| / (2 n² μ). */
function meanDifferenceGini(x: number[]): number {
  const n = x.length;
  const mean = x.reduce((a, b) => a + b, 0) / n;
  let s = 0;
  for (const a of x) for (const b of x) s += Math.abs(a - b);
  return s / (2 * n * n * mean);
}

describe('Lorenz curve', () => {
  it('sorts cells ascending and runs from (0, 0) to (1, 1) in n + 1 points', () => {
    // 2, 0, 1, 0 sorted: 0, 0, 1, 2; total 3; cumulative 0, 0, 0, 1, 3
    const { cellShare, valueShare } = lorenzCurve([2, 0, 1, 0]);
    expect([...cellShare]).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect([...valueShare]).toEqual([0, 0, 0, 1 / 3, 1]);
  });

  it('is NaN with nothing to share', () => {
    expect(lorenzCurve([0, 0]).valueShare[2]).toBeNaN();
    expect(gini([0, 0, 0])).toBeNaN();
  });
});

describe('Gini', () => {
  it('matches tiny vectors worked by hand', () => {
    // 0, 0, 0, 10: Y = 0, 0, 0, 0, 1 → Σ ¼·(Y_k + Y_{k−1}) = ¼·1 = 0.25 → G = 0.75
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 15);
    // all equal: the curve is the diagonal, Σ ¼·(0 + ¼, ¼ + ½, ½ + ¾, ¾ + 1) = ¼·4 = 1 → G = 0
    expect(gini([1, 1, 1, 1])).toBeCloseTo(0, 15);
    // 0, 0, 1, 2: Y = 0, 0, 0, ⅓, 1 → Σ ¼·(0 + 0 + ⅓ + 4/3) = 5/12 → G = 7/12.
    // Mean difference: ordered pairs |xi − xj| sum to 2·(1 + 2 + 1 + 2 + 1) = 14; 2n²μ = 2·16·0.75 = 24 → 7/12.
    expect(gini([0, 0, 1, 2])).toBeCloseTo(7 / 12, 15);
  });

  it('agrees with the mean-difference formula on random vectors', () => {
    let seed = 5;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 20; trial++) {
      const x = Array.from({ length: 2 + Math.floor(rand() * 40) }, () => Math.floor(rand() ** 4 * 30));
      x.push(1);
      expect(gini(x)).toBeCloseTo(meanDifferenceGini(x), 12);
    }
  });
});

describe('generalised Gini (Bernasco & Steenbeek 2017)', () => {
  it('equals the Gini when incidents are at least as many as cells', () => {
    // N = 10 ≥ n = 4
    expect(generalisedGini([0, 0, 0, 10])).toBeCloseTo(0.75, 15);
    // lorenzgini's documented example: c(10, 8, 2, 0 ×7), N = 20 ≥ n = 10 → 0.78 both ways.
    // By hand: sorted Y = 0 ×8, 0.1, 0.5, 1 → Σ (0.1 + 0.6 + 1.5)/10 = 0.22 → G = 0.78
    expect(generalisedGini([10, 8, 2, 0, 0, 0, 0, 0, 0, 0])).toBeCloseTo(0.78, 15);
  });

  it('is 0 for the most equal spread possible when cells outnumber incidents', () => {
    // 0, 0, 0, 1: n = 4, N = 1: G = 0.75 = 1 − N/n, G' = (4·0.75 − 4 + 1)/1 = 0
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 15);
    expect(generalisedGini([0, 0, 0, 1])).toBeCloseTo(0, 15);
    // 0, 0, 1, 1: N = 2: Y = 0, 0, 0, ½, 1 → Σ ¼·(½ + 3/2) = ½ → G = ½ = 1 − 2/4 → G' = (2 − 4 + 2)/2 = 0
    expect(generalisedGini([0, 1, 0, 1])).toBeCloseTo(0, 15);
  });

  it('rescales between maximal equality and all-in-one-cell', () => {
    // 0, 0, 0, 2: n = 4, N = 2: G = 0.75 → G' = (4·0.75 − 4 + 2)/2 = 0.5 = (N − 1)/N
    expect(generalisedGini([0, 0, 0, 2])).toBeCloseTo(0.5, 15);
    // lorenzgini's documented example: c(5, 2, 1, 0 ×7), n = 10, N = 8: G = 0.8, G' = 0.75.
    // By hand: Y = 0 ×8, 1/8, 3/8, 1 → Σ (1/8 + 4/8 + 11/8)/10 = 0.2 → G = 0.8;
    // G' = (10·0.8 − 10 + 8)/8 = 6/8 = 0.75
    const crimes = [5, 2, 1, 0, 0, 0, 0, 0, 0, 0];
    expect(gini(crimes)).toBeCloseTo(0.8, 15);
    expect(generalisedGini(crimes)).toBeCloseTo(0.75, 15);
  });
});

describe('top shares', () => {
  // n = 10, total 10; descending 5, 3, 1, 1, 0, …
  const v = [5, 1, 0, 0, 3, 1, 0, 0, 0, 0];

  it('gives the share held by the top ceil(share · n) cells', () => {
    expect(topShare(v, 0.1)).toEqual({ share: 0.5, cells: 1 });
    expect(topShare(v, 0.2)).toEqual({ share: 0.8, cells: 2 });
    // ceil(2.5) = 3 cells: 5 + 3 + 1 = 9 of 10
    expect(topShare(v, 0.25)).toEqual({ share: 0.9, cells: 3 });
    expect(topShare(v, 0)).toEqual({ share: 0, cells: 0 });
    expect(topShare(v, 1)).toEqual({ share: 1, cells: 10 });
    // 0.07 × 100 = 7.000000000000001 in binary: still 7 cells, not 8
    expect(topShare(Array.from({ length: 100 }, (_, i) => i), 0.07).cells).toBe(7);
  });

  it('gives the fewest top cells holding a share of the total', () => {
    expect(cellsForShare(v, 0.5)).toEqual({ cells: 1, cellShare: 0.1 }); // 5 ≥ 5
    expect(cellsForShare(v, 0.51)).toEqual({ cells: 2, cellShare: 0.2 }); // 5 < 5.1 ≤ 8
    expect(cellsForShare(v, 0.8)).toEqual({ cells: 2, cellShare: 0.2 }); // 8 ≥ 8
    expect(cellsForShare(v, 0.81)).toEqual({ cells: 3, cellShare: 0.3 });
    expect(cellsForShare(v, 1)).toEqual({ cells: 4, cellShare: 0.4 }); // 5 + 3 + 1 + 1
    expect(cellsForShare(v, 0)).toEqual({ cells: 0, cellShare: 0 });
    // 0.28 × 25 = 7.000000000000001 in binary: seven cells of 1 hold 28 % of 25
    expect(cellsForShare(new Array(25).fill(1), 0.28).cells).toBe(7);
    expect(cellsForShare([0, 0], 0.5).cellShare).toBeNaN();
  });
});
