/**
 * How concentrated incidents (or harm) are across the cells of the study area, zeros included. Values are
 * non-negative. With no incidents at all the shares are 0/0 and come out NaN: "no data", never "equal".
 */

/** Shares like 0.07 are not exact in binary (0.07 × 100 = 7.000000000000001): forgive that much. */
const ROUNDING = 1 - 1e-12;

function ascending(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/** Lorenz curve: cells sorted ascending by value, n + 1 points from (0, 0) to (1, 1). */
export function lorenzCurve(values: ArrayLike<number>): { cellShare: Float64Array; valueShare: Float64Array } {
  const sorted = ascending(values);
  const n = sorted.length;
  const total = sum(sorted);
  const cellShare = new Float64Array(n + 1);
  const valueShare = new Float64Array(n + 1);
  let cumulative = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) cumulative += sorted[k - 1];
    cellShare[k] = k / n;
    valueShare[k] = cumulative / total;
  }
  return { cellShare, valueShare };
}

/** Gini = 1 − Σ_k (X_k − X_{k−1})(Y_k + Y_{k−1}) over the Lorenz curve (trapezoids under it, doubled). */
export function gini(values: ArrayLike<number>): number {
  const { cellShare: x, valueShare: y } = lorenzCurve(values);
  let area = 0;
  for (let k = 1; k < x.length; k++) area += (x[k] - x[k - 1]) * (y[k] + y[k - 1]);
  return 1 - area;
}

/**
 * Generalised Gini of Bernasco & Steenbeek (2017, J Quant Criminol 33:451–467) for N incidents in n cells.
 * When N < n perfect equality is impossible: the most equal spread puts 1 incident in each of N cells, whose
 * Lorenz curve is 0 up to 1 − N/n and then a straight line to (1, 1), with area N/(2n) under it and ordinary
 * Gini 1 − N/n. The generalised Gini measures the area between that line of maximal equality and the Lorenz
 * curve (area (1 − G)/2 under it) as a share of the area under the line:
 *   G' = (N/(2n) − (1 − G)/2) / (N/(2n)) = (n·G − n + N)/N,
 * which is 0 for the most equal spread and (N − 1)/N with all N in one cell (G = 1 − 1/n). When N ≥ n, G' = G.
 * This is the authors' R package lorenzgini (`gini(x, unbiased = FALSE)`: max(1, n/N)·(G − 1) + 1); its
 * default "unbiased" variant further scales by min(n, N)/(min(n, N) − 1), which we do not.
 * The argument is about counts; for harm-weighted sums N is simply the total, which is only meaningful when
 * the weights are near 1.
 */
export function generalisedGini(values: ArrayLike<number>): number {
  const n = values.length;
  const total = sum(values);
  const g = gini(values);
  return total >= n ? g : (n * g - n + total) / total;
}

/** Share of the total held by the top ceil(cellShare · n) cells: "x % of harm falls in 5 % of cells". */
export function topShare(values: ArrayLike<number>, cellShare: number): { share: number; cells: number } {
  const sorted = ascending(values);
  const n = sorted.length;
  const cells = Math.min(n, Math.max(0, Math.ceil(cellShare * n * ROUNDING)));
  let top = 0;
  for (let k = 0; k < cells; k++) top += sorted[n - 1 - k];
  return { share: top / sum(sorted), cells };
}

/** The fewest top cells holding at least `valueShare` of the total: "50 % of harm falls in y % of cells". */
export function cellsForShare(values: ArrayLike<number>, valueShare: number): { cells: number; cellShare: number } {
  const sorted = ascending(values);
  const n = sorted.length;
  const total = sum(sorted);
  if (!(total > 0)) return { cells: 0, cellShare: Number.NaN };
  const target = valueShare * total * ROUNDING;
  let cells = 0;
  let top = 0;
  while (cells < n && top < target) top += sorted[n - 1 - cells++];
  return { cells, cellShare: cells / n };
}
