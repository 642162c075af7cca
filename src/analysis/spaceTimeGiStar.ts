import type { Neighbours } from './studyArea';

/**
 * Space–time Gi* over a cube of `steps` time steps × n cells (values[t·n + i]), as ArcGIS's emerging hot spot
 * analysis builds it: the neighbours of bin (i, t) are the k-ring cells of i in step t and in the
 * `timeWindow` steps before it (fewer at the start), self included; one global mean and spread over all bins.
 * Returns z per bin in the same layout.
 */
export function spaceTimeGiStar(values: ArrayLike<number>, cells: number, steps: number, nb: Neighbours, timeWindow = 1): Float64Array {
  const N = cells * steps;
  let sum = 0;
  let sumSq = 0;
  for (let b = 0; b < N; b++) {
    sum += values[b];
    sumSq += values[b] * values[b];
  }
  const mean = sum / N;
  const s = Math.sqrt(Math.max(0, sumSq / N - mean * mean));
  const z = new Float64Array(N);
  if (s === 0 || N < 2) return z;
  // Spatial sums per step first, then each bin adds the sums of its own and previous steps.
  const spatial = new Float64Array(N);
  for (let t = 0; t < steps; t++) {
    for (let i = 0; i < cells; i++) {
      let local = 0;
      for (let k = nb.offsets[i]; k < nb.offsets[i + 1]; k++) local += values[t * cells + nb.indices[k]];
      spatial[t * cells + i] = local;
    }
  }
  for (let t = 0; t < steps; t++) {
    const first = Math.max(0, t - timeWindow);
    for (let i = 0; i < cells; i++) {
      let local = 0;
      for (let u = first; u <= t; u++) local += spatial[u * cells + i];
      const w = (nb.offsets[i + 1] - nb.offsets[i]) * (t - first + 1);
      const denom = s * Math.sqrt((N * w - w * w) / (N - 1));
      z[t * cells + i] = denom > 0 ? (local - mean * w) / denom : 0;
    }
  }
  return z;
}
