import { cellToParent, latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedThanet } from '../db/loadedThanet';
import { cubeRows, hexCounts, totals, wardCounts, type RecordFilter } from '../db/viewQueries';
import type { DuckDBConnection } from '../db/connection';
import { ILLUSTRATIVE_CSS_SCHEME, weightVector } from '../domain/harmSchemes';
import { buildCube, h3Parent, queryCube, type Cube } from './cube';

let conn: DuckDBConnection;
let cube: Cube;
beforeAll(async () => {
  ({ conn } = await loadedThanet());
  cube = buildCube(await cubeRows(conn));
});

let seed = 99;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

describe('the pre-aggregated cube', () => {
  it('derives H3 parents as h3-js does', () => {
    for (let i = 0; i < 200; i++) {
      const c = latLngToCell(51.3 + rand() * 0.1, 1.2 + rand() * 0.25, 12);
      for (const r of [7, 8, 9, 10]) expect(h3Parent(BigInt(`0x${c}`), r).toString(16)).toBe(cellToParent(c, r));
    }
  });

  it('answers 30 random filters exactly as the SQL over the records does', async () => {
    const weights = weightVector(ILLUSTRATIVE_CSS_SCHEME);
    for (let t = 0; t < 30; t++) {
      const a = 573 + Math.floor(rand() * 25);
      const b = a + Math.floor(rand() * (598 - a));
      const categories = [...Array(14).keys()].filter(() => rand() < 0.6);
      const wards = t % 3 === 0 ? [] : [...Array(23).keys()].filter(() => rand() < 0.2);
      const filter: RecordFilter = { fromMonth: a, toMonth: b, categories, wards, weights };
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
});
