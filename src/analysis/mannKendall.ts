import { twoSidedP } from './normal';

export interface MannKendall {
  /** S = Σ_{k<l} sign(y_l − y_k). */
  s: number;
  /** Var(S) under no trend, corrected for ties. */
  varS: number;
  /** Normal approximation with continuity correction. */
  z: number;
  /** Two-sided p-value of z. */
  p: number;
  /** Kendall's τ-a = S / (T(T−1)/2). */
  tau: number;
  /** sign(S) when p < alpha, else 0. */
  trend: -1 | 0 | 1;
}

const NO_TREND: MannKendall = { s: 0, varS: 0, z: 0, p: 1, tau: 0, trend: 0 };

/** Σ over tie groups of t(t−1)(2t+5), the tie correction to Var(S). */
function tieTerm(series: ArrayLike<number>): number {
  const sorted = Float64Array.from(series).sort();
  let sum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && sorted[end] === sorted[start]) end++;
    const t = end - start;
    sum += t * (t - 1) * (2 * t + 5);
    start = end;
  }
  return sum;
}

/**
 * Mann–Kendall trend test on a series y_1..y_T of finite values (Mann 1945, Kendall 1975), the form the
 * methods note gives: z = (S − 1)/√Var(S) for S > 0, (S + 1)/√Var(S) for S < 0, 0 for S = 0.
 * Fewer than 3 values are reported as no trend with S = 0: at T = 2 the continuity correction makes z = 0
 * whatever the order, so there is nothing to test, and a τ of ±1 would read as a perfect trend.
 * A constant series has Var(S) = 0 (every pair tied) and is reported as z = 0, p = 1.
 */
export function mannKendall(series: ArrayLike<number>, alpha = 0.05): MannKendall {
  const n = series.length;
  if (n < 3) return NO_TREND;
  let s = 0;
  for (let k = 0; k < n - 1; k++) for (let l = k + 1; l < n; l++) s += Math.sign(series[l] - series[k]);
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm(series)) / 18;
  const z = s === 0 || varS === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  const p = twoSidedP(z);
  const trend = p < alpha ? (Math.sign(s) as -1 | 0 | 1) : 0;
  return { s, varS, z, p, tau: s / ((n * (n - 1)) / 2), trend };
}
