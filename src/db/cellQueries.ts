import { h3ColumnName } from '../domain/h3Resolutions';
import { numberColumn, textColumn, type SqlConnection } from './connection';
import { measureSql, monthCounts, recordWhere, type MonthSeries, type RecordFilter } from './viewQueries';

export interface Ranked {
  label: string;
  count: number;
}

export interface CellDetail {
  count: number;
  /** The metric (harm, or the count again). */
  value: number;
  topCategories: Ranked[];
  topLocations: Ranked[];
  wards: Ranked[];
}

/** What a hexagon holds under the current filter: its count, and its leading categories, places and wards. */
export async function cellDetail(
  conn: SqlConnection,
  filter: RecordFilter,
  resolution: number,
  cell: bigint,
): Promise<CellDetail> {
  const w = recordWhere(filter);
  const inCell = `${h3ColumnName(resolution)} = ?::UBIGINT AND ${w.sql}`;
  const params = [cell.toString(), ...w.params];
  const ranked = async (expr: string, limit: number) => {
    const t = await conn.query(
      `SELECT ${expr} AS label, count(*)::DOUBLE AS n FROM incidents WHERE ${inCell}
       GROUP BY 1 ORDER BY n DESC, label LIMIT ${limit}`,
      params,
    );
    const labels = textColumn(t, 'label');
    return numberColumn(t, 'n').map((count, i) => ({ label: labels[i] ?? '(none)', count }));
  };
  const m = measureSql(filter);
  const totalsTable = await conn.query(
    `SELECT count(*)::DOUBLE AS n, coalesce(${m.sql}, 0)::DOUBLE AS v FROM incidents WHERE ${inCell}`,
    [...m.params, ...params],
  );
  const [topCategories, topLocations, wards] = await Promise.all([
    ranked('(SELECT name FROM categories c WHERE c.category_id = incidents.category_id)', 3),
    ranked("coalesce(location, '(no location text)')", 3),
    ranked('(SELECT name FROM wards w WHERE w.ward_idx = incidents.ward_idx)', 50),
  ]);
  return {
    count: numberColumn(totalsTable, 'n')[0],
    value: numberColumn(totalsTable, 'v')[0],
    topCategories,
    topLocations,
    wards,
  };
}

/** Monthly counts of one hexagon under the filter, for every month holding any data in the range. */
export function cellMonthly(
  conn: SqlConnection,
  filter: RecordFilter,
  resolution: number,
  cell: bigint,
): Promise<MonthSeries> {
  return monthCounts(conn, filter, {
    sql: `${h3ColumnName(resolution)} = ?::UBIGINT`,
    params: [cell.toString()],
  });
}
