import { resolutionSlot } from '../domain/h3Resolutions';

/**
 * A pre-aggregated cube of the records, built once per load: for every (place, ward, category, source) a
 * running total over months. A place is the tuple of a point's own H3 cells at every offered resolution (by
 * latLngToCell, not parents of one fine cell: H3 does not nest exactly, so two points in one res-10 cell may
 * lie in different res-9 cells). A month-range, category, ward, source or metric change then costs one
 * subtraction per key — no scan of the records. (Time-of-day filters and LSOAs are not in the cube: SQL.)
 */
export interface Cube {
  /** Per resolution slot (see resolutionSlot): the distinct cells at that resolution. */
  cellsAt: BigUint64Array[];
  /** Per resolution slot: placeCell[slot][place] → index into cellsAt[slot] (−1: records without a location). */
  placeCell: Int32Array[];
  /** Per key: its place, ward (−1: none), category id, source id. */
  keyPlace: Int32Array;
  keyWard: Int16Array;
  keyCategory: Int8Array;
  keySource: Int32Array;
  /** First month of the month axis and its length. */
  firstMonth: number;
  months: number;
  /** Running totals: prefix[key * (months + 1) + m] = records of the key in months before firstMonth + m. */
  prefix: Float64Array;
}

export interface CubeRows {
  /** Per resolution slot, the group's cell (0n: records without a location). */
  cells: BigUint64Array[];
  ward: ArrayLike<number>;
  category: ArrayLike<number>;
  source: ArrayLike<number>;
  month: ArrayLike<number>;
  count: ArrayLike<number>;
}

/**
 * Numbers the distinct cell tuples of the rows. Most res-10 cells lie in one cell of each coarser resolution,
 * so tuples are found by their finest cell and a short list of the tuples sharing it.
 */
function numberPlaces(cells: BigUint64Array[]): { rowPlace: Int32Array; cellsAt: BigUint64Array[]; placeCell: Int32Array[] } {
  const slots = cells.length;
  const finest = cells[slots - 1];
  const n = finest.length;
  const cellIndex = cells.map(() => new Map<bigint, number>());
  const byFinest = new Map<bigint, number[]>();
  /** Each place's own cells, compared directly (cheaper than a map lookup per slot). */
  const placeRaw: bigint[][] = cells.map(() => []);
  const placeCell: number[][] = cells.map(() => []);
  const rowPlace = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const candidates = byFinest.get(finest[i]);
    let place = -1;
    if (candidates) {
      for (const p of candidates) {
        let same = true;
        for (let s = 0; s < slots - 1 && same; s++) same = placeRaw[s][p] === cells[s][i];
        if (same) {
          place = p;
          break;
        }
      }
    }
    if (place < 0) {
      place = placeRaw[0].length;
      for (let s = 0; s < slots; s++) {
        const c = cells[s][i];
        let j = c === 0n ? -1 : cellIndex[s].get(c);
        if (j === undefined) cellIndex[s].set(c, (j = cellIndex[s].size));
        placeRaw[s].push(c);
        placeCell[s].push(j);
      }
      if (candidates) candidates.push(place);
      else byFinest.set(finest[i], [place]);
    }
    rowPlace[i] = place;
  }
  return {
    rowPlace,
    cellsAt: cellIndex.map((m) => BigUint64Array.from(m.keys())),
    placeCell: placeCell.map((p) => Int32Array.from(p)),
  };
}

export function buildCube(rows: CubeRows): Cube {
  const n = rows.month.length;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    first = Math.min(first, rows.month[i]);
    last = Math.max(last, rows.month[i]);
  }
  if (n === 0) first = last = 0;
  const months = last - first + 1;
  const { rowPlace, cellsAt, placeCell } = numberPlaces(rows.cells);
  // Keys as one number (place, ward, category, source numbered densely): a string per row made a 10M-record
  // national-shaped load (5.7M groups) spend most of its build in the garbage collector.
  const sourceIndex = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!sourceIndex.has(rows.source[i])) sourceIndex.set(rows.source[i], sourceIndex.size);
  let maxWard = 0;
  for (let i = 0; i < n; i++) maxWard = Math.max(maxWard, rows.ward[i]);
  const W = maxWard + 2;
  const S = sourceIndex.size;
  const keyIndex = new Map<number, number>();
  const keyPlace: number[] = [];
  const keyWard: number[] = [];
  const keyCategory: number[] = [];
  const keySource: number[] = [];
  const rowKey = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = rowPlace[i];
    const k = ((c * W + rows.ward[i] + 1) * 128 + rows.category[i]) * S + sourceIndex.get(rows.source[i])!;
    let key = keyIndex.get(k);
    if (key === undefined) {
      keyIndex.set(k, (key = keyIndex.size));
      keyPlace.push(c);
      keyWard.push(rows.ward[i]);
      keyCategory.push(rows.category[i]);
      keySource.push(rows.source[i]);
    }
    rowKey[i] = key;
  }
  const stride = months + 1;
  const prefix = new Float64Array(keyIndex.size * stride);
  for (let i = 0; i < n; i++) prefix[rowKey[i] * stride + (rows.month[i] - first) + 1] += rows.count[i];
  for (let k = 0; k < keyIndex.size; k++) {
    const o = k * stride;
    for (let m = 1; m <= months; m++) prefix[o + m] += prefix[o + m - 1];
  }
  return {
    cellsAt,
    placeCell,
    keyPlace: Int32Array.from(keyPlace),
    keyWard: Int16Array.from(keyWard),
    keyCategory: Int8Array.from(keyCategory),
    keySource: Int32Array.from(keySource),
    firstMonth: first,
    months,
    prefix,
  };
}

export interface CubeFilter {
  fromMonth: number;
  toMonth: number;
  categories: readonly number[];
  wards: readonly number[];
  weights: readonly number[];
  sources?: readonly number[];
}

export interface CubeAnswer {
  cells: BigUint64Array;
  counts: Float64Array;
  values: Float64Array;
  mapped: number;
  mappedValue: number;
  noLocation: number;
  wardCounts: Float64Array;
  wardValues: Float64Array;
}

/** Everything the map, headline and ward table need for a filter, read from the cube. */
export function queryCube(cube: Cube, f: CubeFilter, resolution: number, wardCount: number): CubeAnswer {
  const stride = cube.months + 1;
  const from = Math.max(0, f.fromMonth - cube.firstMonth);
  const to = Math.min(cube.months - 1, f.toMonth - cube.firstMonth);
  const catOn = new Uint8Array(128);
  for (const c of f.categories) catOn[c] = 1;
  const wardOn = f.wards.length ? new Set(f.wards) : null;
  const sourceOn = f.sources?.length ? new Set(f.sources) : null;
  const slot = resolutionSlot(resolution);
  const pIdx = cube.placeCell[slot];
  const nCells = cube.cellsAt[slot].length;
  const counts = new Float64Array(nCells);
  const values = new Float64Array(nCells);
  const wardCounts = new Float64Array(wardCount);
  const wardValues = new Float64Array(wardCount);
  let noLocation = 0;
  if (to >= from) {
    for (let k = 0; k < cube.keyPlace.length; k++) {
      const cat = cube.keyCategory[k];
      if (!catOn[cat]) continue;
      if (sourceOn && !sourceOn.has(cube.keySource[k])) continue;
      const o = k * stride;
      const n = cube.prefix[o + to + 1] - cube.prefix[o + from];
      if (n === 0) continue;
      const ward = cube.keyWard[k];
      const p = pIdx[cube.keyPlace[k]];
      if (p < 0) {
        if (!wardOn) noLocation += n;
        continue;
      }
      const v = n * f.weights[cat];
      wardCounts[ward] += n;
      wardValues[ward] += v;
      if (wardOn && !wardOn.has(ward)) continue;
      counts[p] += n;
      values[p] += v;
    }
  }
  let kept = 0;
  for (let p = 0; p < nCells; p++) if (counts[p] > 0) kept++;
  const cells = new BigUint64Array(kept);
  const outCounts = new Float64Array(kept);
  const outValues = new Float64Array(kept);
  let mapped = 0;
  let mappedValue = 0;
  for (let p = 0, j = 0; p < nCells; p++) {
    if (counts[p] === 0) continue;
    cells[j] = cube.cellsAt[slot][p];
    outCounts[j] = counts[p];
    outValues[j++] = values[p];
    mapped += counts[p];
    mappedValue += values[p];
  }
  return { cells, counts: outCounts, values: outValues, mapped, mappedValue, noLocation, wardCounts, wardValues };
}

/**
 * Records and the metric per month for a filter, from `fromMonth` to `toMonth`, over the months that hold any
 * record at all (a month with data but nothing matching is 0; a month without data is left out: "no data",
 * not zero). Only records with a location count, as on the map.
 */
export function cubeTrend(cube: Cube, f: CubeFilter): { month: number[]; count: number[]; value: number[] } {
  const stride = cube.months + 1;
  const from = Math.max(0, f.fromMonth - cube.firstMonth);
  const to = Math.min(cube.months - 1, f.toMonth - cube.firstMonth);
  const span = Math.max(0, to - from + 1);
  const any = new Float64Array(span);
  const count = new Float64Array(span);
  const value = new Float64Array(span);
  const catOn = new Uint8Array(128);
  for (const c of f.categories) catOn[c] = 1;
  const wardOn = f.wards.length ? new Set(f.wards) : null;
  const sourceOn = f.sources?.length ? new Set(f.sources) : null;
  const located = cube.placeCell[0];
  for (let k = 0; k < cube.keyPlace.length; k++) {
    const o = k * stride + from;
    if (cube.prefix[o + span] === cube.prefix[o]) continue;
    const cat = cube.keyCategory[k];
    const matches =
      catOn[cat] === 1 &&
      located[cube.keyPlace[k]] >= 0 &&
      (!sourceOn || sourceOn.has(cube.keySource[k])) &&
      (!wardOn || wardOn.has(cube.keyWard[k]));
    const w = f.weights[cat];
    for (let m = 0; m < span; m++) {
      const n = cube.prefix[o + m + 1] - cube.prefix[o + m];
      if (n === 0) continue;
      any[m] += n;
      if (matches) {
        count[m] += n;
        value[m] += n * w;
      }
    }
  }
  const out = { month: [] as number[], count: [] as number[], value: [] as number[] };
  for (let m = 0; m < span; m++) {
    if (any[m] === 0) continue;
    out.month.push(cube.firstMonth + from + m);
    out.count.push(count[m]);
    out.value.push(value[m]);
  }
  return out;
}
