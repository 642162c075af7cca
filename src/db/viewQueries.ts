import { h3ParentSql } from './h3Sql';
import { intListParam, numberColumn, type ResultTable, type SqlConnection, type SqlParam } from './connection';

/** What every figure on screen is restricted to. */
export interface RecordFilter {
  fromMonth: number;
  toMonth: number;
  /** Category ids included. */
  categories: readonly number[];
  /** Ward indices included; empty means the whole area. */
  wards: readonly number[];
}

/** The WHERE clause shared by every view query, and its parameters in order. */
export function recordWhere(filter: RecordFilter): { sql: string; params: SqlParam[] } {
  return {
    sql: `month_idx BETWEEN ? AND ?
      AND list_contains(?::INTEGER[], category_id)
      AND (? OR list_contains(?::INTEGER[], ward_idx))`,
    params: [
      filter.fromMonth,
      filter.toMonth,
      intListParam(filter.categories),
      filter.wards.length === 0,
      intListParam(filter.wards),
    ],
  };
}

export interface HexCounts {
  /** H3 cells at the asked resolution, as unsigned 64-bit integers. */
  cells: BigUint64Array;
  counts: Float64Array;
}

/** Records per H3 cell at `resolution` for the filter. Records without a location have no cell. */
export async function hexCounts(conn: SqlConnection, filter: RecordFilter, resolution: number): Promise<HexCounts> {
  const w = recordWhere(filter);
  const t = await conn.query(
    `SELECT ${h3ParentSql('cell')} AS h, count(*)::DOUBLE AS n
     FROM incidents WHERE cell IS NOT NULL AND ${w.sql}
     GROUP BY h`,
    [resolution, resolution, ...w.params],
  );
  return { cells: bigColumn(t, 'h'), counts: Float64Array.from(numberColumn(t, 'n')) };
}

function bigColumn(t: ResultTable, name: string): BigUint64Array {
  const col = t.getChild(name);
  if (!col) throw new Error(`query result has no column ${name}`);
  const values = col.toArray();
  if (values instanceof BigUint64Array) return values;
  // Older Arrow builds hand 64-bit columns over as pairs of 32-bit words: view the same bytes.
  if (values instanceof Uint32Array && values.length === 2 * col.length) {
    return new BigUint64Array(values.buffer, values.byteOffset, col.length).slice();
  }
  return BigUint64Array.from({ length: col.length }, (_, i) => BigInt(col.get(i) as bigint));
}

export interface Totals {
  /** Records in view that have a location (what the map shows). */
  mapped: number;
  /** Records in view without a location: in no ward and on no map, so counted only when no ward is chosen. */
  noLocation: number;
}

export async function totals(conn: SqlConnection, filter: RecordFilter): Promise<Totals> {
  const w = recordWhere(filter);
  const t = await conn.query(
    `SELECT count(cell)::DOUBLE AS mapped, (count(*) - count(cell))::DOUBLE AS no_location
     FROM incidents WHERE ${w.sql}`,
    w.params,
  );
  return { mapped: numberColumn(t, 'mapped')[0], noLocation: numberColumn(t, 'no_location')[0] };
}

/** Records per ward and month: the table the independent count is checked against. */
export async function wardMonthCounts(
  conn: SqlConnection,
  filter: RecordFilter,
): Promise<{ ward: number[]; month: number[]; count: number[] }> {
  const w = recordWhere(filter);
  const t = await conn.query(
    `SELECT ward_idx, month_idx, count(*)::DOUBLE AS n FROM incidents
     WHERE ward_idx IS NOT NULL AND ${w.sql} GROUP BY ALL ORDER BY ALL`,
    w.params,
  );
  return { ward: numberColumn(t, 'ward_idx'), month: numberColumn(t, 'month_idx'), count: numberColumn(t, 'n') };
}

/** Every month that holds at least one record of any source, ascending. */
export async function monthsWithData(conn: SqlConnection): Promise<number[]> {
  const t = await conn.query('SELECT DISTINCT month_idx FROM incidents ORDER BY 1');
  return numberColumn(t, 'month_idx');
}
