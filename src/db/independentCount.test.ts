import { beforeAll, describe, expect, it } from 'vitest';
import { independentCounts, independentTotal } from '../../test-support/independentCount';
import { formatMonth, parseMonth } from '../domain/months';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import type { DuckDBConnection } from './connection';
import { loadedThanet } from './loadedThanet';
import { hexCounts, totals, wardMonthCounts, type RecordFilter } from './viewQueries';

const area = loadThanetFromDisk();
const ALL = POLICE_UK_CATEGORIES.map((_, i) => i);
let conn: DuckDBConnection;
let reference: Map<string, number>;

beforeAll(async () => {
  ({ conn } = await loadedThanet());
  reference = independentCounts();
});

const everything: RecordFilter = { fromMonth: 0, toMonth: 10_000, categories: ALL, wards: [] };

describe('DuckDB counts against an independent count of the CSVs', () => {
  it('holds all 26,278 embedded records, none outside a ward', async () => {
    expect(await totals(conn, everything)).toEqual({ mapped: 26_278, noLocation: 0 });
  });

  it('agrees for every ward and month', async () => {
    const got = await wardMonthCounts(conn, everything);
    const ours = new Map<string, number>();
    got.ward.forEach((w, i) => ours.set(`${area.wards[w].name}|${formatMonth(got.month[i])}`, got.count[i]));
    const theirs = new Map<string, number>();
    for (const [k, v] of reference) {
      const [ward, month] = k.split('|');
      theirs.set(`${ward}|${month}`, (theirs.get(`${ward}|${month}`) ?? 0) + v);
    }
    expect(ours.size).toBe(23 * 14);
    expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(theirs));
  });

  it('agrees for Margate Central and Cliftonville West, Mar–Aug 2019, violence only', async () => {
    const wards = ['Margate Central', 'Cliftonville West'];
    const violence = POLICE_UK_CATEGORIES.indexOf('Violence and sexual offences');
    const filter: RecordFilter = {
      fromMonth: parseMonth('2019-03')!,
      toMonth: parseMonth('2019-08')!,
      categories: [violence],
      wards: wards.map((n) => area.wards.find((w) => w.name === n)!.index),
    };
    const expected = independentTotal(reference, wards, '2019-03', '2019-08', ['Violence and sexual offences']);
    expect(expected).toBeGreaterThan(100);
    expect((await totals(conn, filter)).mapped).toBe(expected);
    const hex = await hexCounts(conn, filter, 9);
    expect(hex.counts.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it('hexagon totals equal the record total at every resolution', async () => {
    for (const res of [7, 8, 9, 10]) {
      const hex = await hexCounts(conn, everything, res);
      expect(hex.counts.reduce((a, b) => a + b, 0)).toBe(26_278);
      expect(new Set(hex.cells).size).toBe(hex.cells.length);
    }
  });
});
