import { H3_RESOLUTIONS, h3ColumnName } from '../domain/h3Resolutions';
import { LOCATED } from './h3Columns';
import { bigColumn, intListParam, numberColumn, numberListParam, textColumn, type SqlConnection, type SqlParam } from './connection';

/** What every figure on screen is restricted to. */
export interface RecordFilter {
  fromMonth: number;
  toMonth: number;
  /** Category ids included. */
  categories: readonly number[];
  /** Ward indices included; empty means the whole area. */
  wards: readonly number[];
  /** The metric: a weight per category id (all 1 for a count), applied at query time. */
  weights: readonly number[];
  /** Hours of the day (0–23) and ISO days of the week (1 = Monday … 7) kept; absent or empty means all.
   *  An hour or day filter keeps only records that have a time: police.uk records have none. */
  hours?: readonly number[];
  days?: readonly number[];
  /** Source ids included; absent or empty means every source. */
  sources?: readonly number[];
}

const timeFilterOn = (f: RecordFilter) => (f.hours?.length ?? 0) > 0 || (f.days?.length ?? 0) > 0;

/** Σ weight over the group's records: the metric every figure follows (a count when weights are all 1). */
export function measureSql(filter: RecordFilter): { sql: string; params: SqlParam[] } {
  return { sql: 'sum(list_extract(?::DOUBLE[], category_id + 1))::DOUBLE', params: [numberListParam(filter.weights)] };
}

/** The WHERE clause shared by every view query, and its parameters in order. */
export function recordWhere(filter: RecordFilter): { sql: string; params: SqlParam[] } {
  return {
    sql: `month_idx BETWEEN ? AND ?
      AND list_contains(?::INTEGER[], category_id)
      AND (? OR list_contains(?::INTEGER[], ward_idx))
      AND (? OR list_contains(?::INTEGER[], source_id))
      AND (? OR (occurred_at IS NOT NULL AND list_contains(?::INTEGER[], hour(occurred_at))))
      AND (? OR (occurred_at IS NOT NULL AND list_contains(?::INTEGER[], isodow(occurred_at))))`,
    params: [
      filter.fromMonth,
      filter.toMonth,
      intListParam(filter.categories),
      filter.wards.length === 0,
      intListParam(filter.wards),
      !filter.sources?.length,
      intListParam(filter.sources ?? []),
      !filter.hours?.length,
      intListParam(filter.hours ?? []),
      !filter.days?.length,
      intListParam(filter.days ?? []),
    ],
  };
}

export interface HexCounts {
  /** H3 cells at the asked resolution, as unsigned 64-bit integers. */
  cells: BigUint64Array;
  counts: Float64Array;
  /** The metric per cell (harm, or the count again). */
  values: Float64Array;
}

/** Records per H3 cell at `resolution` for the filter. Records without a location have no cell. */
export async function hexCounts(conn: SqlConnection, filter: RecordFilter, resolution: number): Promise<HexCounts> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT ${h3ColumnName(resolution)} AS h, count(*)::DOUBLE AS n, ${m.sql} AS v
     FROM incidents WHERE ${LOCATED} AND ${w.sql}
     GROUP BY h`,
    [...m.params, ...w.params],
  );
  return {
    cells: bigColumn(t, 'h'),
    counts: Float64Array.from(numberColumn(t, 'n')),
    values: Float64Array.from(numberColumn(t, 'v')),
  };
}

export interface Totals {
  /** Records in view that have a location (what the map shows). */
  mapped: number;
  /** Records in view without a location: in no ward and on no map, so counted only when no ward is chosen. */
  noLocation: number;
  /** The metric over the mapped records. */
  value: number;
  /** With an hour or day filter on: mapped records in view but for their missing time (police.uk: all). */
  noTime: number;
}

export async function totals(conn: SqlConnection, filter: RecordFilter): Promise<Totals> {
  const w = recordWhere(filter);
  const t = await conn.query(
    `SELECT count(h3_10)::DOUBLE AS mapped, (count(*) - count(h3_10))::DOUBLE AS no_location,
            coalesce(sum(CASE WHEN ${LOCATED} THEN list_extract(?::DOUBLE[], category_id + 1) END), 0)::DOUBLE AS v
     FROM incidents WHERE ${w.sql}`,
    [numberListParam(filter.weights), ...w.params],
  );
  let noTime = 0;
  if (timeFilterOn(filter)) {
    const untimed = recordWhere({ ...filter, hours: [], days: [] });
    const u = await conn.query(
      `SELECT count(h3_10)::DOUBLE AS n FROM incidents WHERE occurred_at IS NULL AND ${untimed.sql}`,
      untimed.params,
    );
    noTime = numberColumn(u, 'n')[0];
  }
  return {
    mapped: numberColumn(t, 'mapped')[0],
    noLocation: numberColumn(t, 'no_location')[0],
    value: numberColumn(t, 'v')[0],
    noTime,
  };
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

/** The filter with every ward: for figures that compare wards with each other. */
function allWards(filter: RecordFilter): RecordFilter {
  return { ...filter, wards: [] };
}

/** Records and the metric per ward (by ward index, 0 where none) for the filter, whatever wards are selected. */
export async function wardCounts(
  conn: SqlConnection,
  filter: RecordFilter,
  wardCount: number,
): Promise<{ counts: Float64Array; values: Float64Array }> {
  const w = recordWhere(allWards(filter));
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT ward_idx, count(*)::DOUBLE AS n, ${m.sql} AS v FROM incidents
     WHERE ward_idx IS NOT NULL AND ${w.sql} GROUP BY 1`,
    [...m.params, ...w.params],
  );
  const counts = new Float64Array(wardCount);
  const values = new Float64Array(wardCount);
  const n = numberColumn(t, 'n');
  const v = numberColumn(t, 'v');
  numberColumn(t, 'ward_idx').forEach((ward, i) => {
    counts[ward] = n[i];
    values[ward] = v[i];
  });
  return { counts, values };
}

/**
 * The metric per LSOA code for the filter, each record in the LSOA that holds its point (point-in-polygon,
 * the same rule as wards; the file's own LSOA code is not used). Records in a ward but in no LSOA are under "".
 */
export async function lsoaCounts(conn: SqlConnection, filter: RecordFilter): Promise<Map<string, number>> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT coalesce(l.code, '') AS lsoa_code, ${m.sql} AS n FROM incidents i LEFT JOIN lsoas l USING (lsoa_idx)
     WHERE ${LOCATED} AND ${w.sql} GROUP BY 1`,
    [...m.params, ...w.params],
  );
  const codes = textColumn(t, 'lsoa_code');
  const n = numberColumn(t, 'n');
  return new Map(codes.map((c, i) => [c ?? '', n[i]]));
}

/** Per month: records, and the metric. */
export interface MonthSeries {
  month: number[];
  count: number[];
  value: number[];
}

/**
 * Records per month for the filter, over every month from `fromMonth` to `toMonth` that holds any data (so a
 * month with data but no matching record is 0, and a gap month is absent — "no data", not zero).
 * `extra` narrows the records further (e.g. to one hexagon).
 */
export async function monthCounts(
  conn: SqlConnection,
  filter: RecordFilter,
  extra: { sql: string; params: SqlParam[] } = { sql: 'TRUE', params: [] },
): Promise<MonthSeries> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT m.month_idx, coalesce(c.n, 0)::DOUBLE AS n, coalesce(c.v, 0)::DOUBLE AS v
     FROM (SELECT DISTINCT month_idx FROM incidents WHERE month_idx BETWEEN ? AND ?) m
     LEFT JOIN (SELECT month_idx, count(*) AS n, ${m.sql} AS v FROM incidents
                WHERE ${LOCATED} AND ${extra.sql} AND ${w.sql} GROUP BY 1) c
       USING (month_idx)
     ORDER BY 1`,
    [filter.fromMonth, filter.toMonth, ...m.params, ...extra.params, ...w.params],
  );
  return { month: numberColumn(t, 'month_idx'), count: numberColumn(t, 'n'), value: numberColumn(t, 'v') };
}

/** Every record per month and source, whatever the filter: what a publication holds, for data-quality flags. */
export async function publicationMonthTotals(conn: SqlConnection): Promise<{ month: number[]; count: number[] }> {
  const t = await conn.query('SELECT month_idx, count(*)::DOUBLE AS n FROM incidents GROUP BY 1 ORDER BY 1');
  return { month: numberColumn(t, 'month_idx'), count: numberColumn(t, 'n') };
}

/** Sparse cell × month values of the metric at a resolution, cells numbered 0.. for typed-array work (playback scale). */
export async function cellMonthCounts(
  conn: SqlConnection,
  filter: RecordFilter,
  resolution: number,
): Promise<{ cell: number[]; month: number[]; count: number[] }> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT dense_rank() OVER (ORDER BY h)::INTEGER AS cell_no, month_idx, n FROM (
       SELECT ${h3ColumnName(resolution)} AS h, month_idx, ${m.sql} AS n
       FROM incidents WHERE ${LOCATED} AND ${w.sql} GROUP BY 1, 2)`,
    [...m.params, ...w.params],
  );
  return { cell: numberColumn(t, 'cell_no'), month: numberColumn(t, 'month_idx'), count: numberColumn(t, 'n') };
}

/** Each distinct map point with its location text: street context for the map without a street basemap. */
export async function mapPoints(
  conn: SqlConnection,
): Promise<{ lon: number[]; lat: number[]; name: (string | null)[]; count: number[] }> {
  const t = await conn.query(
    `SELECT lon, lat, min(location) AS name, count(*)::DOUBLE AS n FROM incidents
     WHERE lon IS NOT NULL AND location IS NOT NULL GROUP BY lon, lat`,
  );
  return { lon: numberColumn(t, 'lon'), lat: numberColumn(t, 'lat'), name: textColumn(t, 'name'), count: numberColumn(t, 'n') };
}

/** The metric per (H3 cell, month): the space–time cube of the emerging hot spot analysis. */
export async function cellMonthValues(
  conn: SqlConnection,
  filter: RecordFilter,
  resolution: number,
): Promise<{ cells: BigUint64Array; month: number[]; value: number[] }> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT ${h3ColumnName(resolution)} AS h, month_idx, ${m.sql} AS v
     FROM incidents WHERE ${LOCATED} AND ${w.sql} GROUP BY 1, 2`,
    [...m.params, ...w.params],
  );
  return { cells: bigColumn(t, 'h'), month: numberColumn(t, 'month_idx'), value: numberColumn(t, 'v') };
}

/** Per H3 cell: how many distinct police.uk map points its records sit on, and the largest point's share. */
export async function cellSnapPoints(
  conn: SqlConnection,
  filter: RecordFilter,
  resolution: number,
): Promise<{ cells: BigUint64Array; points: number[]; topShare: number[] }> {
  const w = recordWhere(filter);
  const t = await conn.query(
    `WITH p AS (
       SELECT ${h3ColumnName(resolution)} AS h, lon, lat, count(*) AS n
       FROM incidents WHERE ${LOCATED} AND ${w.sql} GROUP BY 1, 2, 3)
     SELECT h, count(*)::DOUBLE AS points, (max(n) / sum(n))::DOUBLE AS top_share FROM p GROUP BY h`,
    [...w.params],
  );
  return { cells: bigColumn(t, 'h'), points: numberColumn(t, 'points'), topShare: numberColumn(t, 'top_share') };
}

/** The metric per ISO day of week × hour for records with a time, and how many mapped records have none. */
export async function dayHourTable(conn: SqlConnection, filter: RecordFilter): Promise<{ values: Float64Array; noTime: number }> {
  const w = recordWhere({ ...filter, hours: [], days: [] });
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT isodow(occurred_at) AS d, hour(occurred_at) AS h, ${m.sql} AS v FROM incidents
     WHERE ${LOCATED} AND occurred_at IS NOT NULL AND ${w.sql} GROUP BY 1, 2`,
    [...m.params, ...w.params],
  );
  const values = new Float64Array(7 * 24);
  const d = numberColumn(t, 'd');
  const h = numberColumn(t, 'h');
  numberColumn(t, 'v').forEach((v, i) => (values[(d[i] - 1) * 24 + h[i]] = v));
  const u = await conn.query(`SELECT count(h3_10)::DOUBLE AS n FROM incidents WHERE occurred_at IS NULL AND ${w.sql}`, w.params);
  return { values, noTime: numberColumn(u, 'n')[0] };
}

/** The places (police.uk location text) holding the most of the metric, with their ward. */
export async function topLocations(
  conn: SqlConnection,
  filter: RecordFilter,
  n: number,
): Promise<{ location: string; ward: string; value: number; count: number }[]> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const t = await conn.query(
    `SELECT coalesce(location, '(no location text)') AS location, (SELECT name FROM wards WHERE wards.ward_idx = i.ward_idx) AS ward,
            ${m.sql} AS v, count(*)::DOUBLE AS n
     FROM incidents i WHERE ${LOCATED} AND ${w.sql}
     GROUP BY 1, 2 ORDER BY v DESC, n DESC, 1 LIMIT ${Math.max(1, Math.min(50, Math.trunc(n)))}`,
    [...m.params, ...w.params],
  );
  const loc = textColumn(t, 'location');
  const ward = textColumn(t, 'ward');
  const count = numberColumn(t, 'n');
  return numberColumn(t, 'v').map((value, i) => ({ location: loc[i] ?? '', ward: ward[i] ?? '', value, count: count[i] }));
}

/**
 * Records per (cells at every resolution, ward, category, source, month): the rows the JS cube is built from.
 * A point's cells are a tuple, not one fine cell and its parents, because H3 cells do not nest exactly.
 */
export async function cubeRows(conn: SqlConnection) {
  const cells = H3_RESOLUTIONS.map(h3ColumnName);
  const t = await conn.query(
    `SELECT ${cells.map((c) => `coalesce(${c}, 0::UBIGINT) AS ${c}`).join(', ')}, coalesce(ward_idx, -1)::INTEGER AS ward,
            category_id::INTEGER AS category, source_id AS source, month_idx::INTEGER AS month, count(*)::DOUBLE AS n
     FROM incidents GROUP BY ALL`,
  );
  return {
    cells: cells.map((c) => bigColumn(t, c)),
    ward: numberColumn(t, 'ward'),
    category: numberColumn(t, 'category'),
    source: numberColumn(t, 'source'),
    month: numberColumn(t, 'month'),
    count: numberColumn(t, 'n'),
  };
}
