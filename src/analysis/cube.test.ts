import { cellToLatLng, cellToParent, latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedThanet } from '../coordinator/loadedThanet';
import { cubeRows, hexCounts, monthCounts, totals, wardCounts, type RecordFilter } from '../db/viewQueries';
import type { DuckDBConnection } from '../db/connection';
import { ILLUSTRATIVE_CSS_SCHEME, weightVector } from '../domain/harmSchemes';
import { buildCube, cubeTrend, queryCube, type Cube } from './cube';

let conn: DuckDBConnection;
let cube: Cube;
beforeAll(async () => {
  ({ conn } = await loadedThanet());
  cube = buildCube(await cubeRows(conn));
});

let seed = 99;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const weights = weightVector(ILLUSTRATIVE_CSS_SCHEME);

/** A window between months `lo` and `hi`, about 60% of categories, and every third time all wards. */
function randomFilter(t: number, lo: number, hi: number): RecordFilter {
  const a = lo + Math.floor(rand() * (hi - lo));
  const b = a + Math.floor(rand() * (hi - a));
  const categories = [...Array(14).keys()].filter(() => rand() < 0.6);
  const wards = t % 3 === 0 ? [] : [...Array(23).keys()].filter(() => rand() < 0.2);
  return { fromMonth: a, toMonth: b, categories, wards, weights };
}

/** Two points in one res-10 cell that lie in different res-9 cells (H3 does not nest exactly), found by search. */
function straddlingPair(): [number, number][] {
  for (let i = 0; i < 100_000; i++) {
    const lat = 51.33 + rand() * 0.05;
    const lon = 1.3 + rand() * 0.1;
    const c10 = latLngToCell(lat, lon, 10);
    const parent9 = cellToParent(c10, 9);
    if (latLngToCell(lat, lon, 9) !== parent9) {
      // The cell's own centre lies in its parent: a second point of the same res-10 cell, in the other res-9 cell.
      const [clat, clon] = cellToLatLng(c10);
      if (latLngToCell(clat, clon, 9) === parent9) return [[lat, lon], [clat, clon]];
    }
  }
  throw new Error('no straddling res-10 cell found');
}

describe('the pre-aggregated cube', () => {
  it('counts each point in its own cell at every resolution, even where a res-10 cell straddles two res-9 cells', () => {
    const points = straddlingPair();
    const cells = [7, 8, 9, 10].map((r) => BigUint64Array.from(points, ([lat, lon]) => BigInt(`0x${latLngToCell(lat, lon, r)}`)));
    const c = buildCube({ cells, ward: [0, 0], category: [0, 0], source: [1, 1], month: [600, 600], count: [3, 5] });
    const f: RecordFilter = { fromMonth: 600, toMonth: 600, categories: [0], wards: [], weights };
    for (const r of [7, 8, 9, 10]) {
      const expected = new Map<string, number>();
      points.forEach(([lat, lon], i) => {
        const h = latLngToCell(lat, lon, r);
        expected.set(h, (expected.get(h) ?? 0) + [3, 5][i]);
      });
      const a = queryCube(c, f, r, 1);
      expect(new Map(Array.from(a.cells, (h, i) => [h.toString(16), a.counts[i]])), `res ${r}`).toEqual(expected);
    }
    expect(queryCube(c, f, 9, 1).cells).toHaveLength(2);
    expect(queryCube(c, f, 10, 1).cells).toHaveLength(1);
  });

  it('answers 30 random filters exactly as the SQL over the records does', async () => {
    for (let t = 0; t < 30; t++) {
      const filter = randomFilter(t, 573, 598);
      const res = 7 + (t % 4);
      const fromCube = queryCube(cube, filter, res, 23);
      const hex = await hexCounts(conn, filter, res);
      const order = (cells: BigUint64Array, v: Float64Array) =>
        Object.fromEntries(Array.from(cells, (c, i) => [c.toString(16), Math.round(v[i] * 1e6) / 1e6]));
      expect(order(fromCube.cells, fromCube.counts)).toEqual(order(hex.cells, hex.counts));
      expect(order(fromCube.cells, fromCube.values)).toEqual(order(hex.cells, hex.values));
      const tot = await totals(conn, filter);
      expect(fromCube.mapped).toBe(tot.mapped);
      expect(fromCube.mappedValue).toBeCloseTo(tot.value, 6);
      const wc = await wardCounts(conn, filter, 23);
      expect([...fromCube.wardCounts]).toEqual([...wc.counts]);
    }
  });

  it('gives the records per month of 30 random filters exactly as the SQL does, gap months left out', async () => {
    for (let t = 0; t < 30; t++) {
      // Windows from before the first month to after the last.
      const filter = randomFilter(t, 560, 610);
      const fromCube = cubeTrend(cube, filter);
      const sql = await monthCounts(conn, filter);
      expect(fromCube.month).toEqual(sql.month);
      expect(fromCube.count).toEqual(sql.count);
      fromCube.value.forEach((v, i) => expect(v).toBeCloseTo(sql.value[i], 6));
    }
    // The embedded data has a gap (Nov 2017 – Sep 2018): those months are absent, not zero.
    const everything: RecordFilter = { fromMonth: 0, toMonth: 10_000, categories: [...Array(14).keys()], wards: [], weights };
    const all = cubeTrend(cube, everything);
    expect(all.month).toHaveLength(14);
    expect(all.count.reduce((x, y) => x + y, 0)).toBe((await totals(conn, everything)).mapped);
  });
});
