/**
 * Hotspot backtests: choose hotspot cells on one period, score them on the next.
 */

/**
 * Predictive accuracy index (Chainey, Tompson & Uhlig 2008): share of incidents captured over share of area
 * covered, (n/N)/(a/A). NaN when there is nothing to capture (N = 0) or no hotspot area (a = 0).
 */
export function pai(captured: number, total: number, hotArea: number, totalArea: number): number {
  if (total === 0 || hotArea === 0) return Number.NaN;
  return captured / total / (hotArea / totalArea);
}

/**
 * Recapture rate index (Levine 2008): growth of the count inside the hotspots over growth in the whole area,
 * (n_test/n_train)/(N_test/N_train); 1 means the hotspots kept exactly their share. NaN when a ratio divides
 * by zero (no incidents in the hotspots in training, or none anywhere in the test period).
 */
export function rri(capturedTest: number, totalTest: number, capturedTrain: number, totalTrain: number): number {
  if (capturedTrain === 0 || totalTest === 0 || totalTrain === 0) return Number.NaN;
  return capturedTest / capturedTrain / (totalTest / totalTrain);
}

/** Indices of the `count` largest values, largest first; equal values in index order, so runs repeat exactly. */
export function topCells(values: ArrayLike<number>, count: number): Int32Array {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  return Int32Array.from(order.slice(0, Math.max(0, count)));
}

function sumAt(values: ArrayLike<number>, cells: Int32Array): number {
  let s = 0;
  for (const c of cells) s += values[c];
  return s;
}

function sum(values: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

export interface Backtest {
  /** The hotspot cells, chosen on `train`, busiest first. */
  cells: Int32Array;
  hotArea: number;
  totalArea: number;
  capturedTrain: number;
  capturedTest: number;
  totalTrain: number;
  totalTest: number;
  /** PAI of the chosen cells on the test period. */
  pai: number;
  rri: number;
  /** Prediction efficiency index: PAI over the best PAI the same number of cells could reach on `test`. */
  pei: number;
}

/**
 * Choose the top round(areaShare · n) cells (at least 1) by `ranking` (by default `train` itself; e.g. Gi*
 * z-scores of `train` for a hot-spot method) and score them on `test`.
 * `cellArea` is one area for every cell or an area per cell. The best PAI for the PEI takes the same number
 * of cells, the busiest in `test`; with equal areas that is the best possible, and H3 cells at one resolution
 * across a district differ in area by well under 1 %, so the PEI stays at most 1 in practice.
 */
export function backtest(
  train: ArrayLike<number>,
  test: ArrayLike<number>,
  cellArea: ArrayLike<number> | number,
  areaShare: number,
  ranking: ArrayLike<number> = train,
): Backtest {
  const n = train.length;
  if (test.length !== n) throw new Error(`backtest: ${n} training cells but ${test.length} test cells`);
  const area = typeof cellArea === 'number' ? new Float64Array(n).fill(cellArea) : cellArea;
  const count = Math.min(n, Math.max(1, Math.round(areaShare * n)));
  const cells = topCells(ranking, count);
  const best = topCells(test, count);
  const totalArea = sum(area);
  const hotArea = sumAt(area, cells);
  const totalTrain = sum(train);
  const totalTest = sum(test);
  const capturedTrain = sumAt(train, cells);
  const capturedTest = sumAt(test, cells);
  const achieved = pai(capturedTest, totalTest, hotArea, totalArea);
  return {
    cells,
    hotArea,
    totalArea,
    capturedTrain,
    capturedTest,
    totalTrain,
    totalTest,
    pai: achieved,
    rri: rri(capturedTest, totalTest, capturedTrain, totalTrain),
    pei: achieved / pai(sumAt(test, best), totalTest, sumAt(area, best), totalArea),
  };
}
