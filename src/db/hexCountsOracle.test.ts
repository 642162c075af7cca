// Issue 14: every record counts in the H3 cell that holds its point at the asked resolution. The engine's
// per-cell answers — SQL (hexCounts) and the cube behind the coordinator's view — must equal an independent
// count (test-support: its own CSV reader and point-in-polygon, h3-js latLngToCell of each point) exactly.
import { beforeAll, describe, expect, it } from 'vitest';
import { cellMismatches, describeMismatches } from '../../test-support/cellDiff';
import { independentCellCounts, independentRecords, monthsBetween, type IndependentRecord, type OracleView } from '../../test-support/independentCount';
import type { Coordinator } from '../coordinator/coordinator';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';
import { parseMonth } from '../domain/months';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import type { DuckDBConnection } from './connection';
import { loadedThanet } from '../coordinator/loadedThanet';
import { hexCounts, type RecordFilter } from './viewQueries';

const area = loadThanetFromDisk();
let conn: DuckDBConnection;
let coordinator: Coordinator;
let records: IndependentRecord[];

beforeAll(async () => {
  ({ conn, coordinator } = await loadedThanet());
  records = independentRecords();
});

interface Case {
  name: string;
  from: string;
  to: string;
  types?: string[];
  wards?: string[];
}

const CASES: Case[] = [
  { name: 'all months', from: '2017-10', to: '2019-10' },
  { name: '2019-03..2019-08', from: '2019-03', to: '2019-08' },
  { name: 'one month (2019-05)', from: '2019-05', to: '2019-05' },
  // A category and ward selection: the ward filter follows the record's point, not the cell's centre.
  { name: 'violence in Margate Central + Cliftonville West, 2019-03..2019-08', from: '2019-03', to: '2019-08', types: ['Violence and sexual offences'], wards: ['Margate Central', 'Cliftonville West'] },
];

function filterOf(c: Case): RecordFilter {
  const categories = c.types ? c.types.map((t) => POLICE_UK_CATEGORIES.indexOf(t as (typeof POLICE_UK_CATEGORIES)[number])) : POLICE_UK_CATEGORIES.map((_, i) => i);
  const wards = (c.wards ?? []).map((n) => area.wards.find((w) => w.name === n)!.index);
  return { fromMonth: parseMonth(c.from)!, toMonth: parseMonth(c.to)!, categories, wards, weights: COUNT_WEIGHTS };
}

const viewOf = (c: Case): OracleView => ({ months: monthsBetween(c.from, c.to), types: c.types, wards: c.wards });

/** An engine answer as cell (h3-js hex string) → records, zero cells left out as the oracle leaves them out. */
function asMap(hex: { cells: BigUint64Array; counts: ArrayLike<number> }): Map<string, number> {
  const m = new Map<string, number>();
  hex.cells.forEach((c, i) => {
    if (hex.counts[i] !== 0) m.set(c.toString(16), (m.get(c.toString(16)) ?? 0) + hex.counts[i]);
  });
  return m;
}

function expectEqual(app: Map<string, number>, oracle: Map<string, number>) {
  const mismatches = cellMismatches(app, oracle);
  expect(mismatches.length, describeMismatches(mismatches, oracle.size)).toBe(0);
}

describe.each(CASES)('per-cell counts against the independent h3 count: $name', (c) => {
  it.each([7, 8, 9, 10])('SQL hexCounts at resolution %i', async (res) => {
    const oracle = independentCellCounts(records, res, viewOf(c));
    expect(oracle.size).toBeGreaterThan(0);
    expectEqual(asMap(await hexCounts(conn, filterOf(c), res)), oracle);
  });

  it.each([7, 8, 9, 10])('the cube (coordinator view) at resolution %i', async (res) => {
    const outcome = await coordinator.view(filterOf(c), res, false);
    if (!outcome.ok) throw new Error('view superseded');
    expectEqual(asMap(outcome.value.hex), independentCellCounts(records, res, viewOf(c)));
  });
});
