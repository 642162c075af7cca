import { describe, expect, it } from 'vitest';
import { normalCdf, twoSidedP } from './normal';

const relErr = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

/** Standard normal density. */
const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

/**
 * Independent Φ(z) for moderate z: ½ + ∫₀^z φ by composite Simpson with 20 000 panels. The method's error is
 * ~1e-17, but summing 20 000 terms leaves ~1e-15 of rounding, so compare absolutely (tails are checked above).
 */
function simpsonCdf(z: number): number {
  const n = 20_000;
  const h = z / n;
  let s = phi(0) + phi(z);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * phi(i * h);
  return 0.5 + (s * h) / 3;
}

/** Independent upper tail for large y: Laplace's continued fraction Q(y) = φ(y) / (y + 1/(y + 2/(y + 3/(y + …)))). */
function laplaceTail(y: number): number {
  let f = y;
  for (let k = 200; k >= 1; k--) f = y + k / f;
  return phi(y) / f;
}

describe('normal distribution function', () => {
  it('matches 40-digit reference values (mpmath ncdf) to 1e-14 relative', () => {
    // mpmath, mp.dps = 40: ncdf(1) = 0.84134474606854294858…, ncdf(0.3) = 0.61791142218895263730…,
    // ncdf(-5) = 2.8665157187919391167e-7, ncdf(-1) = 0.15865525393145705141…
    expect(relErr(normalCdf(1), 0.8413447460685429485852)).toBeLessThan(1e-14);
    expect(relErr(normalCdf(0.3), 0.6179114221889526373065)).toBeLessThan(1e-14);
    expect(relErr(normalCdf(-5), 2.866515718791939116737e-7)).toBeLessThan(1e-14);
    expect(relErr(normalCdf(-1), 0.1586552539314570514148)).toBeLessThan(1e-14);
    // ncdf(-3.7) = 1.0779973347738833694e-4
    expect(relErr(normalCdf(-3.7), 1.0779973347738833694e-4)).toBeLessThan(1e-14);
    // qnorm(0.975) = 1.959963984540054 (R) → Φ = 0.975 up to the rounding of the quantile (1.4e-17).
    expect(relErr(normalCdf(1.959963984540054), 0.975)).toBeLessThan(1e-14);
    expect(normalCdf(0)).toBe(0.5);
  });

  it('agrees with Simpson integration of the density in all three of its ranges', () => {
    for (const z of [-3.7, -2, -0.6744, -0.1, 0.05, 0.6745, 1.3, 2.9, 4.5, 5.6, 5.7]) {
      expect(Math.abs(normalCdf(z) - simpsonCdf(z))).toBeLessThan(1e-14);
    }
  });

  it('keeps its lower tail far out and is symmetric: Φ(−z) = 1 − Φ(z)', () => {
    for (const y of [6, 8, 12, 20, 30]) expect(relErr(normalCdf(-y), laplaceTail(y))).toBeLessThan(1e-13);
    for (const z of [0.2, 0.9, 1.7, 3.3, 5]) expect(normalCdf(-z) + normalCdf(z)).toBeCloseTo(1, 15);
    expect(normalCdf(-40)).toBe(0);
    expect(normalCdf(40)).toBe(1);
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe('two-sided p-value', () => {
  it('gives the usual critical values', () => {
    // z = qnorm(0.975), qnorm(0.995), qnorm(0.95) as R prints them.
    expect(relErr(twoSidedP(1.959963984540054), 0.05)).toBeLessThan(1e-13);
    expect(relErr(twoSidedP(2.5758293035489), 0.01)).toBeLessThan(1e-13);
    expect(relErr(twoSidedP(1.6448536269514722), 0.1)).toBeLessThan(1e-13);
    expect(twoSidedP(0)).toBe(1);
  });

  it('keeps its digits deep in the tail, where 1 − Φ would cancel to 0', () => {
    // mpmath: 2·ncdf(−8) = 1.2441921148543568247e-15, 2·ncdf(−10) = 1.5239706048321052132e-23,
    // 2·ncdf(−20) = 5.5072482372124673902e-89, 2·ncdf(−37) = 1.1451142445049153645e-299.
    expect(relErr(twoSidedP(8), 1.2441921148543568247e-15)).toBeLessThan(1e-14);
    expect(relErr(twoSidedP(10), 1.5239706048321052132e-23)).toBeLessThan(1e-14);
    expect(relErr(twoSidedP(20), 5.5072482372124673902e-89)).toBeLessThan(1e-13);
    expect(relErr(twoSidedP(37), 1.1451142445049153645e-299)).toBeLessThan(1e-13);
  });

  it('is symmetric in z', () => {
    for (const z of [0.4, 1.1, 2.2, 3.9, 6.5]) expect(twoSidedP(-z)).toBe(twoSidedP(z));
  });
});
