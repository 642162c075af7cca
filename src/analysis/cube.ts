/**
 * A pre-aggregated cube of the records, built once per load: for every (cell at resolution 10, ward,
 * category, source) a running total over months. A month-range, category, ward, source or metric change
 * then costs one subtraction per key — no scan of the records — and coarser resolutions come from each
 * key's precomputed parent cells. (Time-of-day filters and LSOAs are not in the cube: those go to SQL.)
 */
export interface Cube {
  /** Resolution-10 cell of each distinct cell (0n: records without a location). */
  cells: BigUint64Array;
  /** Parent cell index at resolutions 7..10, per distinct cell: parentIndex[res - 7][cell] → index into `parents[res-7]`. */
  parentIndex: Int32Array[];
  parents: BigUint64Array[];
  /** Per key: its cell (index into `cells`), ward (−1: none), category id, source id. */
  keyCell: Int32Array;
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
  cell: BigUint64Array;
  ward: ArrayLike<number>;
  category: ArrayLike<number>;
  source: ArrayLike<number>;
  month: ArrayLike<number>;
  count: ArrayLike<number>;
}

/** H3 parent by bit operations (the same rule as the SQL in db/h3Sql.ts). */
export function h3Parent(cell: bigint, res: number): bigint {
  const r = BigInt(res);
  return (cell & ~(15n << 52n)) | (r << 52n) | ((1n << (3n * (15n - r))) - 1n);
}

export function buildCube(rows: CubeRows): Cube {
  const n = rows.cell.length;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    first = Math.min(first, rows.month[i]);
    last = Math.max(last, rows.month[i]);
  }
  if (n === 0) first = last = 0;
  const months = last - first + 1;
  const cellIndex = new Map<bigint, number>();
  const keyIndex = new Map<string, number>();
  const keyCell: number[] = [];
  const keyWard: number[] = [];
  const keyCategory: number[] = [];
  const keySource: number[] = [];
  const rowKey = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let c = cellIndex.get(rows.cell[i]);
    if (c === undefined) cellIndex.set(rows.cell[i], (c = cellIndex.size));
    const k = `${c}|${rows.ward[i]}|${rows.category[i]}|${rows.source[i]}`;
    let key = keyIndex.get(k);
    if (key === undefined) {
      keyIndex.set(k, (key = keyIndex.size));
      keyCell.push(c);
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
  const cells = BigUint64Array.from(cellIndex.keys());
  const parentIndex: Int32Array[] = [];
  const parents: BigUint64Array[] = [];
  for (let res = 7; res <= 10; res++) {
    const idx = new Map<bigint, number>();
    const pi = Int32Array.from(cells, (c) => {
      if (c === 0n) return -1;
      const p = h3Parent(c, res);
      let j = idx.get(p);
      if (j === undefined) idx.set(p, (j = idx.size));
      return j;
    });
    parentIndex.push(pi);
    parents.push(BigUint64Array.from(idx.keys()));
  }
  return {
    cells,
    parentIndex,
    parents,
    keyCell: Int32Array.from(keyCell),
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
  const pIdx = cube.parentIndex[resolution - 7];
  const nParents = cube.parents[resolution - 7].length;
  const counts = new Float64Array(nParents);
  const values = new Float64Array(nParents);
  const wardCounts = new Float64Array(wardCount);
  const wardValues = new Float64Array(wardCount);
  let noLocation = 0;
  if (to >= from) {
    for (let k = 0; k < cube.keyCell.length; k++) {
      const cat = cube.keyCategory[k];
      if (!catOn[cat]) continue;
      if (sourceOn && !sourceOn.has(cube.keySource[k])) continue;
      const o = k * stride;
      const n = cube.prefix[o + to + 1] - cube.prefix[o + from];
      if (n === 0) continue;
      const ward = cube.keyWard[k];
      const p = pIdx[cube.keyCell[k]];
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
  for (let p = 0; p < nParents; p++) if (counts[p] > 0) kept++;
  const cells = new BigUint64Array(kept);
  const outCounts = new Float64Array(kept);
  const outValues = new Float64Array(kept);
  let mapped = 0;
  let mappedValue = 0;
  for (let p = 0, j = 0; p < nParents; p++) {
    if (counts[p] === 0) continue;
    cells[j] = cube.parents[resolution - 7][p];
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
  const located = cube.parentIndex[0];
  for (let k = 0; k < cube.keyCell.length; k++) {
    const o = k * stride + from;
    if (cube.prefix[o + span] === cube.prefix[o]) continue;
    const cat = cube.keyCategory[k];
    const matches =
      catOn[cat] === 1 &&
      located[cube.keyCell[k]] >= 0 &&
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
