import { describe, expect, it } from 'vitest';
import { mannKendall } from './mannKendall';

describe('Mann–Kendall trend test', () => {
  it('finds the trend in a strictly increasing series, worked by hand', () => {
    // T = 5, all 10 pairs increase: S = 10. No ties: Var = 5·4·15/18 = 300/18 = 16.6667.
    // z = (10 − 1)/√16.6667 = 9/4.0824829 = 2.2045408; p = 2(1 − Φ(2.2045408)) = 0.0274863 (mpmath).
    // τ-a = 10/10 = 1 (scipy.stats.kendalltau gives τ-b = 1 too, no ties).
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    expect(r.varS).toBeCloseTo(300 / 18, 12);
    expect(r.z).toBeCloseTo(2.204540768504860, 12);
    expect(r.p).toBeCloseTo(0.02748633611151035, 12);
    expect(r.tau).toBe(1);
    expect(r.trend).toBe(1);
    // Not significant at 1 %.
    expect(mannKendall([1, 2, 3, 4, 5], 0.01).trend).toBe(0);
  });

  it('corrects Var(S) for a tie group', () => {
    // y = 3, 1, 2, 2, 5. Pairs by first element:
    //   3: vs 1 −, 2 −, 2 −, 5 +  → −2
    //   1: vs 2 +, 2 +, 5 +       → +3
    //   2: vs 2 0, 5 +            → +1
    //   2: vs 5 +                 → +1      S = 3
    // One tie group of t = 2: 2·1·9 = 18. Var = (5·4·15 − 18)/18 = 282/18 = 15.6667.
    // z = (3 − 1)/√15.6667 = 2/3.9581140 = 0.5052912; p = 0.6133544 (mpmath). τ-a = 3/10.
    // Cross-check: scipy τ-b = 3/√(10·9) = 0.3162278, the same S.
    const r = mannKendall([3, 1, 2, 2, 5]);
    expect(r.s).toBe(3);
    expect(r.varS).toBeCloseTo(282 / 18, 12);
    expect(r.z).toBeCloseTo(0.5052911526399114, 12);
    expect(r.p).toBeCloseTo(0.6133543559547468, 12);
    expect(r.tau).toBeCloseTo(0.3, 15);
    expect(r.trend).toBe(0);
  });

  it('finds a decreasing trend with a tie group of three', () => {
    // y = 9, 7, 4, 4, 4, 1, 0 (T = 7): never increases; of 21 pairs, 3 are tied (the 4s), so S = −18.
    // Var = (7·6·19 − 3·2·11)/18 = (798 − 66)/18 = 732/18 = 40.6667.
    // z = (−18 + 1)/√40.6667 = −17/6.3770422 = −2.6658127; p = 0.0076802 (mpmath). τ-a = −18/21.
    const r = mannKendall([9, 7, 4, 4, 4, 1, 0]);
    expect(r.s).toBe(-18);
    expect(r.varS).toBeCloseTo(732 / 18, 12);
    expect(r.z).toBeCloseTo(-2.665812704795515, 12);
    expect(r.p).toBeCloseTo(0.007680246786159427, 12);
    expect(r.tau).toBeCloseTo(-18 / 21, 15);
    expect(r.trend).toBe(-1);
  });

  it('reports no trend for a constant series (Var(S) = 0) and for series shorter than 3', () => {
    // Constant, T = 4: S = 0; Var = (4·3·13 − 4·3·13)/18 = 0.
    expect(mannKendall([4, 4, 4, 4])).toEqual({ s: 0, varS: 0, z: 0, p: 1, tau: 0, trend: 0 });
    for (const short of [[], [1], [1, 2]]) {
      expect(mannKendall(short)).toEqual({ s: 0, varS: 0, z: 0, p: 1, tau: 0, trend: 0 });
    }
  });

  it('gives z = 0 when S = 0 but the values vary', () => {
    // y = 1, 3, 3, 1: (1,3) +, (1,3) +, (1,1) 0, (3,3) 0, (3,1) −, (3,1) − → S = 0.
    const r = mannKendall([1, 3, 3, 1]);
    expect(r.s).toBe(0);
    expect(r.z).toBe(0);
    expect(r.p).toBe(1);
    // Two tie groups of 2: Var = (4·3·13 − 18 − 18)/18 = 120/18.
    expect(r.varS).toBeCloseTo(120 / 18, 12);
  });
});
