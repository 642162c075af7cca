import { ARROW_SCHEMA, numberColumn, type SqlConnection } from './connection';
import { measureSql, recordWhere, type RecordFilter } from './viewQueries';
import { LOCATED } from './h3Columns';

/** Stores a context layer's anchor points (an Arrow IPC stream from contextToArrowIPC). */
export async function addContextPoints(conn: SqlConnection, ipc: Uint8Array): Promise<void> {
  await conn.insertArrowIPC('staging_context', ipc);
  await conn.query(`INSERT INTO context_points SELECT layer_id, point_no, lon, lat, NULLIF(label, '') FROM ${ARROW_SCHEMA}.staging_context`);
  await conn.dropArrowTable('staging_context');
}

/**
 * The metric of records within `metres` of each point of a context layer (great-circle distance; a
 * bounding-box test first keeps the join cheap). police.uk points are snapped, so under ~100 m means little.
 */
export async function recordsNearContext(conn: SqlConnection, filter: RecordFilter, layerId: number, metres: number): Promise<Float64Array> {
  const w = recordWhere(filter);
  const m = measureSql(filter);
  const dLat = metres / 111_320;
  const t = await conn.query(
    `WITH i AS (SELECT lon, lat, category_id FROM incidents WHERE ${LOCATED} AND ${w.sql})
     SELECT c.point_no, coalesce(${m.sql}, 0)::DOUBLE AS v
     FROM context_points c LEFT JOIN i
       ON i.lat BETWEEN c.lat - ? AND c.lat + ?
      AND i.lon BETWEEN c.lon - ? / cos(radians(c.lat)) AND c.lon + ? / cos(radians(c.lat))
      AND 2 * 6371008.8 * asin(sqrt(pow(sin(radians(i.lat - c.lat) / 2), 2)
            + cos(radians(c.lat)) * cos(radians(i.lat)) * pow(sin(radians(i.lon - c.lon) / 2), 2))) <= ?
     WHERE c.layer_id = ?
     GROUP BY c.point_no ORDER BY c.point_no`,
    [...w.params, ...m.params, dLat, dLat, dLat, dLat, metres, layerId],
  );
  return Float64Array.from(numberColumn(t, 'v'));
}
