import { h3ColumnName } from '../domain/h3Resolutions';
import { bigColumn, numberColumn, textColumn, type SqlConnection, type SqlParam } from './connection';

/** Which survey answers count: age bands, day or night, reasons (empty lists mean all). */
export interface PerceptionFilter {
  ageBands: readonly string[];
  dayNight: 'all' | 'day' | 'night';
  reasons: readonly string[];
}

const textList = (values: readonly string[]) => JSON.stringify(values);

function perceptionWhere(f: PerceptionFilter): { sql: string; params: SqlParam[] } {
  return {
    sql: `(? OR list_contains(?::VARCHAR[], age_band))
      AND (? OR day_night = ?)
      AND (? OR list_contains(?::VARCHAR[], reason))`,
    params: [
      f.ageBands.length === 0,
      textList(f.ageBands),
      f.dayNight === 'all',
      f.dayNight,
      f.reasons.length === 0,
      textList(f.reasons),
    ],
  };
}

/** Answers and "unsafe" answers per ward index. */
export async function perceptionByWard(conn: SqlConnection, f: PerceptionFilter, wardCount: number) {
  const w = perceptionWhere(f);
  const t = await conn.query(
    `SELECT ward_idx, count(*)::DOUBLE AS answers, count(*) FILTER (WHERE unsafe)::DOUBLE AS unsafe
     FROM perception WHERE ${w.sql} GROUP BY 1`,
    w.params,
  );
  const answers = new Float64Array(wardCount);
  const unsafe = new Float64Array(wardCount);
  const a = numberColumn(t, 'answers');
  const u = numberColumn(t, 'unsafe');
  numberColumn(t, 'ward_idx').forEach((ward, i) => {
    answers[ward] = a[i];
    unsafe[ward] = u[i];
  });
  return { answers, unsafe };
}

/** Answers and "unsafe" answers per H3 cell at `resolution`, for answers with a location. */
export async function perceptionByCell(conn: SqlConnection, f: PerceptionFilter, resolution: number) {
  const w = perceptionWhere(f);
  const t = await conn.query(
    `SELECT ${h3ColumnName(resolution)} AS h, count(*)::DOUBLE AS answers, count(*) FILTER (WHERE unsafe)::DOUBLE AS unsafe
     FROM perception WHERE ${h3ColumnName(resolution)} IS NOT NULL AND ${w.sql} GROUP BY 1`,
    w.params,
  );
  return { cells: bigColumn(t, 'h'), answers: numberColumn(t, 'answers'), unsafe: numberColumn(t, 'unsafe') };
}

/** Located answers as points. */
export async function perceptionPoints(conn: SqlConnection, f: PerceptionFilter) {
  const w = perceptionWhere(f);
  const t = await conn.query(`SELECT lon, lat, unsafe::INTEGER AS unsafe FROM perception WHERE lon IS NOT NULL AND ${w.sql}`, w.params);
  return { lon: numberColumn(t, 'lon'), lat: numberColumn(t, 'lat'), unsafe: numberColumn(t, 'unsafe') };
}

/** Comments of one ward (or one cell at `resolution`) and how many answers the group holds. */
export async function perceptionComments(
  conn: SqlConnection,
  f: PerceptionFilter,
  area: { ward: number } | { cell: bigint; resolution: number },
): Promise<{ comments: string[]; answers: number }> {
  const w = perceptionWhere(f);
  const [place, placeParams]: [string, SqlParam[]] =
    'ward' in area
      ? ['ward_idx = ?', [area.ward]]
      : [`${h3ColumnName(area.resolution)} = ?::UBIGINT`, [area.cell.toString()]];
  const t = await conn.query(
    `SELECT comment FROM perception WHERE ${place} AND ${w.sql} ORDER BY answered_on NULLS LAST, comment`,
    [...placeParams, ...w.params],
  );
  const all = textColumn(t, 'comment');
  return { comments: all.filter((c): c is string => !!c), answers: all.length };
}

/** The age bands and reasons present, for the filter chips. */
export async function perceptionOptions(conn: SqlConnection): Promise<{ ageBands: string[]; reasons: string[]; total: number }> {
  const a = await conn.query('SELECT DISTINCT age_band AS v FROM perception WHERE age_band IS NOT NULL ORDER BY 1');
  const r = await conn.query('SELECT DISTINCT reason AS v FROM perception WHERE reason IS NOT NULL ORDER BY 1');
  const n = await conn.query('SELECT count(*)::DOUBLE AS n FROM perception');
  return {
    ageBands: textColumn(a, 'v').filter((v): v is string => !!v),
    reasons: textColumn(r, 'v').filter((v): v is string => !!v),
    total: numberColumn(n, 'n')[0],
  };
}
