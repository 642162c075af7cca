import { benjaminiHochberg } from './fdr';
import { twoSidedP } from './normal';
import type { Neighbours } from './studyArea';

/**
 * Getis–Ord Gi* z-scores with binary weights, self included (Ord & Getis 1995; the methods note):
 *   Gi*_i = (Σ_j w_ij x_j − X̄ W_i) / (S · sqrt((n·S1_i − W_i²) / (n − 1))),  S1_i = W_i for binary weights.
 * Matches R spdep::localG with include.self() and style "B". A zero variance (all values equal) gives z = 0.
 */
export function giStar(x: ArrayLike<number>, nb: Neighbours): Float64Array {
  const n = x.length;
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    sum += x[i];
    sumSq += x[i] * x[i];
  }
  const mean = sum / n;
  const s = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  const z = new Float64Array(n);
  if (s === 0 || n < 2) return z;
  for (let i = 0; i < n; i++) {
    let local = 0;
    for (let k = nb.offsets[i]; k < nb.offsets[i + 1]; k++) local += x[nb.indices[k]];
    const w = nb.offsets[i + 1] - nb.offsets[i];
    const denom = s * Math.sqrt((n * w - w * w) / (n - 1));
    z[i] = denom > 0 ? (local - mean * w) / denom : 0;
  }
  return z;
}

export interface HotSpotResult {
  z: Float64Array;
  p: Float64Array;
  /** Benjamini–Hochberg adjusted p over all cells of the study area. */
  pAdjusted: Float64Array;
  /** ArcGIS Gi_Bin: ±3 at 99 %, ±2 at 95 %, ±1 at 90 %, 0 not significant; sign from z. */
  bin: Int8Array;
}

/** Gi_Bin from z and the p used to judge significance (adjusted when FDR is on). */
export function giBins(z: ArrayLike<number>, p: ArrayLike<number>): Int8Array {
  const bin = new Int8Array(z.length);
  for (let i = 0; i < z.length; i++) {
    const level = p[i] < 0.01 ? 3 : p[i] < 0.05 ? 2 : p[i] < 0.1 ? 1 : 0;
    bin[i] = z[i] > 0 ? level : z[i] < 0 ? -level : 0;
  }
  return bin;
}

/** Gi* for every cell, its p-values, FDR-adjusted p-values and bins (FDR applied to the bins when `fdr`). */
export function hotSpots(x: ArrayLike<number>, nb: Neighbours, fdr = true): HotSpotResult {
  const z = giStar(x, nb);
  const p = z.map(twoSidedP);
  const pAdjusted = benjaminiHochberg(p);
  return { z, p, pAdjusted, bin: giBins(z, fdr ? pAdjusted : p) };
}
