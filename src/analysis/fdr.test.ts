import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './fdr';

const close = (got: Float64Array, want: number[]) => {
  expect(got).toHaveLength(want.length);
  want.forEach((w, i) => expect(got[i]).toBeCloseTo(w, 14));
};

/**
 * The definition without sorting: adj_i = min(1, min over j with p_j ≥ p_i of p_j·m / r_j), where
 * r_j = #{k : p_k ≤ p_j} is the last sorted position p_j's value occupies (ties share it). O(m²).
 */
function bruteForce(p: number[]): number[] {
  const m = p.length;
  return p.map((pi) => {
    let best = 1;
    for (const pj of p) {
      if (pj < pi) continue;
      const r = p.filter((pk) => pk <= pj).length;
      best = Math.min(best, (pj * m) / r);
    }
    return best;
  });
}

describe('Benjamini–Hochberg adjustment', () => {
  it('matches a vector worked by hand', () => {
    // m = 5. Sorted: 0.005 (input 3), 0.01 (0), 0.03 (2), 0.04 (1), 0.5 (4)
    // p·m/j:  0.005·5/1 = 0.025, 0.01·5/2 = 0.025, 0.03·5/3 = 0.05, 0.04·5/4 = 0.05, 0.5·5/5 = 0.5
    // running minimum from the top (j = 5 down to 1): 0.5, 0.05, 0.05, 0.025, 0.025
    // back in input order: [0.025, 0.05, 0.05, 0.025, 0.5]
    close(benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]), [0.025, 0.05, 0.05, 0.025, 0.5]);
  });

  it('is step-up: a larger p-value can lower the adjustment of smaller ones', () => {
    // m = 4, sorted already. p·m/j: 0.08, 0.06, 0.035·4/3 = 0.046667, 0.2
    // running minimum from the top: 0.2, 0.046667, 0.046667, 0.046667
    close(benjaminiHochberg([0.02, 0.03, 0.035, 0.2]), [0.14 / 3, 0.14 / 3, 0.14 / 3, 0.2]);
  });

  it('gives ties the same value, as R does', () => {
    // m = 3: sorted 0.03, 0.03, 0.5 → p·m/j: 0.09, 0.045, 0.5 → from the top: 0.5, 0.045, 0.045
    close(benjaminiHochberg([0.03, 0.5, 0.03]), [0.045, 0.5, 0.045]);
    // m = 4: sorted 0.01, 0.04, 0.04, 0.04 → 0.04, 0.08, 0.0533, 0.04 → all 0.04
    close(benjaminiHochberg([0.04, 0.01, 0.04, 0.04]), [0.04, 0.04, 0.04, 0.04]);
  });

  it('handles empty input, all ones, and NaN', () => {
    expect(benjaminiHochberg([])).toHaveLength(0);
    close(benjaminiHochberg([1, 1, 1]), [1, 1, 1]);
    // NaN stays NaN and m = 2: sorted 0.01, 0.02 → 0.02, 0.02
    const withNaN = benjaminiHochberg([0.02, Number.NaN, 0.01]);
    expect(withNaN[1]).toBeNaN();
    expect([withNaN[0], withNaN[2]]).toEqual([0.02, 0.02]);
  });

  it('agrees with the unsorted definition on random vectors with ties', () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 30; trial++) {
      const p = Array.from({ length: 1 + Math.floor(rand() * 25) }, () => Math.round(rand() ** 3 * 40) / 40);
      close(benjaminiHochberg(p), bruteForce(p));
    }
  });
});
