import { beforeAll, describe, expect, it } from 'vitest';
import { independentCounts, independentLsoaCounts, independentRecords, independentTotal } from '../../test-support/independentCount';
import { formatMonth, parseMonth } from '../domain/months';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { COUNT_WEIGHTS, ILLUSTRATIVE_CSS_SCHEME, weightVector } from '../domain/harmSchemes';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import type { DuckDBConnection } from './connection';
import { loadedThanet } from '../coordinator/loadedThanet';
import { cellMonthCounts, hexCounts, lsoaCounts, monthCounts, totals, wardCounts, wardMonthCounts, type RecordFilter } from './viewQueries';
import { cellMonthly } from './cellQueries';
import { maxWindowCount, playbackWindows } from '../analysis/playback';

const area = loadThanetFromDisk();
const ALL = POLICE_UK_CATEGORIES.map((_, i) => i);
let conn: DuckDBConnection;
let reference: Map<string, number>;

beforeAll(async () => {
  ({ conn } = await loadedThanet());
  reference = independentCounts();
});

const everything: RecordFilter = { fromMonth: 0, toMonth: 10_000, categories: ALL, wards: [], weights: COUNT_WEIGHTS };

describe('DuckDB counts against an independent count of the CSVs', () => {
  it('holds all 26,278 embedded records, none outside a ward', async () => {
    expect(await totals(conn, everything)).toEqual({ mapped: 26_278, noLocation: 0, value: 26_278, noTime: 0 });
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
      weights: COUNT_WEIGHTS,
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

  it('ward counts ignore the ward selection and match the independent count', async () => {
    const filter = { ...everything, fromMonth: parseMonth('2019-01')!, toMonth: parseMonth('2019-06')!, wards: [0] };
    const { counts } = await wardCounts(conn, filter, 23);
    area.wards.forEach((w) => expect(counts[w.index], w.name).toBe(independentTotal(reference, [w.name], '2019-01', '2019-06')));
  });

  it('monthly series cover months with data only, gaps absent rather than zero', async () => {
    const mc = independentTotal(reference, ['Margate Central'], '2017-10', '2019-10');
    const filter = { ...everything, wards: [area.wards.find((w) => w.name === 'Margate Central')!.index] };
    const series = await monthCounts(conn, { ...filter, fromMonth: parseMonth('2017-10')!, toMonth: parseMonth('2019-10')! });
    expect(series.month).toHaveLength(14);
    expect(series.month).not.toContain(parseMonth('2018-01'));
    expect(series.count.reduce((a, b) => a + b, 0)).toBe(mc);
    const oct = series.month.indexOf(parseMonth('2018-10')!);
    expect(series.count[oct]).toBe(independentTotal(reference, ['Margate Central'], '2018-10', '2018-10'));
  });

  it('LSOA counts are those of point-in-polygon on each record (independent ray casting), not of the file\'s LSOA code', async () => {
    const byLsoa = await lsoaCounts(conn, everything);
    expect(byLsoa).toEqual(independentLsoaCounts(independentRecords()));
    expect(byLsoa.size).toBe(84);
    expect([...byLsoa.values()].reduce((a, b) => a + b, 0)).toBe(26_278);
  });

  it('cell × month counts give the same hexagon totals, and the playback maximum equals the largest window', async () => {
    const from = parseMonth('2018-10')!;
    const to = parseMonth('2019-10')!;
    const filter = { ...everything, fromMonth: from, toMonth: to };
    const cm = await cellMonthCounts(conn, filter, 9);
    expect(cm.count.reduce((a, b) => a + b, 0)).toBe((await totals(conn, filter)).mapped);
    const windows = playbackWindows(from, to, 3);
    let largest = 0;
    for (const [a, b] of windows) {
      const hex = await hexCounts(conn, { ...filter, fromMonth: a, toMonth: b }, 9);
      largest = Math.max(largest, ...hex.counts);
    }
    expect(maxWindowCount(cm.cell, cm.month, cm.count, windows)).toBe(largest);
  });

  it('one hexagon\'s monthly counts add up to its total', async () => {
    const hex = await hexCounts(conn, everything, 9);
    const i = hex.counts.indexOf(Math.max(...hex.counts));
    const monthly = await cellMonthly(conn, everything, 9, hex.cells[i]);
    expect(monthly.count.reduce((a, b) => a + b, 0)).toBe(hex.counts[i]);
  });

  it("harm per ward is each category's independent count times its weight", async () => {
    const weights = weightVector(ILLUSTRATIVE_CSS_SCHEME);
    const { values } = await wardCounts(conn, { ...everything, weights }, 23);
    for (const w of area.wards) {
      const expected = POLICE_UK_CATEGORIES.reduce(
        (sum, c, id) => sum + weights[id] * independentTotal(reference, [w.name], '2017-10', '2019-10', [c]),
        0,
      );
      expect(values[w.index], w.name).toBeCloseTo(expected, 6);
    }
    const hex = await hexCounts(conn, { ...everything, weights }, 8);
    expect(hex.values.reduce((a, b) => a + b, 0)).toBeCloseTo(values.reduce((a, b) => a + b, 0), 4);
  });
});
