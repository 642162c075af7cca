// police.uk street CSVs (a national extract: tens of millions of rows) → one Parquet file per month plus
// manifest.json, with native DuckDB. Rows are ordered within each month by a spatial key so that each row
// group covers a small area and its Longitude/Latitude min/max statistics let a reader skip it.
import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SYNTHETIC_FORCE } from '../src/domain/synthetic';
import { POLICE_UK_LICENCE } from '../src/ingest/policeUk/ingestPoliceUk';
import type { BBox, MonthFileEntry, NationalManifest } from '../src/remote/manifest';
import { hilbertTable64 } from './hilbert';

export const POLICE_UK_COLUMNS = [
  'Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude',
  'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context',
];

export type SortKey = 'hilbert' | 'morton' | 'latlon';

export interface PrepareOptions {
  rowGroupSize?: number;
  /**
   * hilbert (default): a two-level Hilbert curve over a 4,096² grid on Great Britain; morton: Z-order of a
   * 65,536² grid; latlon: latitude then longitude. Measured in bench/rangeRequests.ts.
   */
  sort?: SortKey;
  threads?: number;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A folder becomes every *-street.csv beneath it (a data.police.uk zip also holds outcomes files); else a glob. */
function inputGlob(input: string): string {
  try {
    if (statSync(input).isDirectory()) return join(resolve(input), '**', '*-street.csv');
  } catch {
    // not a path on disk: treat it as a glob
  }
  return input;
}

// Spreads the low 16 bits of an integer to the even bits: the Morton (Z-order) interleave, step by step.
const SPREAD_MACRO = `
CREATE OR REPLACE MACRO spread1(v) AS (v | (v << 8)) & 16711935;
CREATE OR REPLACE MACRO spread2(v) AS (v | (v << 4)) & 252645135;
CREATE OR REPLACE MACRO spread3(v) AS (v | (v << 2)) & 858993459;
CREATE OR REPLACE MACRO spread4(v) AS (v | (v << 1)) & 1431655765;
CREATE OR REPLACE MACRO spread16(v) AS spread4(spread3(spread2(spread1(v::UBIGINT))));
CREATE OR REPLACE MACRO cell16(v, lo, hi) AS greatest(0, least(65535, floor((v - lo) / (hi - lo) * 65536)))::UBIGINT;
CREATE OR REPLACE MACRO cell4096(v, lo, hi) AS greatest(0, least(4095, floor((v - lo) / (hi - lo) * 4096)))::INTEGER;
CREATE OR REPLACE MACRO hilbert64(i) AS (${JSON.stringify(hilbertTable64())})[i + 1];
`;
// Great Britain with a margin: a fixed grid, so the key does not depend on what else is in the extract.
const MORTON = `spread16(cell16(Longitude, -8.0, 2.0)) | (spread16(cell16(Latitude, 49.0, 61.0)) << 1)`;

// Hilbert order of the 64 × 64 coarse cell, then of the 64 × 64 fine cell within it (cells ≈ 170 × 330 m).
const GX = 'cell4096(Longitude, -8.0, 2.0)';
const GY = 'cell4096(Latitude, 49.0, 61.0)';
const HILBERT = `hilbert64((${GX} // 64) * 64 + ${GY} // 64) * 4096 + hilbert64((${GX} % 64) * 64 + ${GY} % 64)`;

const ORDER: Record<SortKey, { sql: string; describe: string }> = {
  hilbert: { sql: `${HILBERT} NULLS LAST, Latitude, Longitude`, describe: 'Hilbert curve (64² coarse cells, then 64² fine cells within each) of Longitude/Latitude over lon −8…2, lat 49…61; no-location rows last' },
  morton: { sql: `${MORTON} NULLS LAST, Latitude, Longitude`, describe: 'Z-order (Morton) of Longitude/Latitude on a 65,536² grid over lon −8…2, lat 49…61; no-location rows last' },
  latlon: { sql: 'Latitude NULLS LAST, Longitude', describe: 'Latitude, then Longitude; no-location rows last' },
};

function footerBytes(path: string): number {
  const fd = openSync(path, 'r');
  try {
    const size = statSync(path).size;
    const tail = Buffer.alloc(8);
    readSync(fd, tail, 0, 8, size - 8);
    if (tail.toString('latin1', 4) !== 'PAR1') throw new Error(`${path} is not Parquet`);
    return tail.readUInt32LE(0) + 8;
  } finally {
    closeSync(fd);
  }
}

async function scalarRows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

const bboxOf = (r: Record<string, unknown>): BBox | null =>
  r.x0 === null ? null : [Number(r.x0), Number(r.y0), Number(r.x1), Number(r.y1)];

/** Reads the CSVs, writes <outDir>/<YYYY-MM>.parquet for every month and <outDir>/manifest.json. */
export async function prepareNational(input: string, outDir: string, options: PrepareOptions = {}): Promise<NationalManifest> {
  const { rowGroupSize = 16_384, sort = 'hilbert', threads = 2 } = options;
  mkdirSync(outDir, { recursive: true });
  const db = await DuckDBInstance.create(':memory:', { threads: String(threads), temp_directory: join(outDir, '.duckdb-tmp') });
  const c = await db.connect();
  try {
    await c.run(SPREAD_MACRO);
    // all_varchar: coordinates are converted below, so a stray "abc" is counted rather than failing the load.
    await c.run(`CREATE TABLE raw AS SELECT ${POLICE_UK_COLUMNS.map(q).join(', ')}
      FROM read_csv(${lit(inputGlob(input))}, header = true, all_varchar = true, union_by_name = true)`);
    await c.run(`CREATE TABLE t AS SELECT ${POLICE_UK_COLUMNS.map((col) =>
      col === 'Longitude' || col === 'Latitude' ? `TRY_CAST(nullif(trim(${q(col)}), '') AS DOUBLE) AS ${q(col)}` : q(col),
    ).join(', ')}, trim("Month") AS month_key,
      (nullif(trim("Longitude"), '') IS NOT NULL AND TRY_CAST(trim("Longitude") AS DOUBLE) IS NULL)
        OR (nullif(trim("Latitude"), '') IS NOT NULL AND TRY_CAST(trim("Latitude") AS DOUBLE) IS NULL) AS bad_coordinates
      FROM raw`);
    await c.run('DROP TABLE raw');
    const [totals] = await scalarRows(c, `SELECT count(*) AS rows,
      count(*) FILTER (WHERE NOT regexp_full_match(month_key, '\\d{4}-(0[1-9]|1[0-2])')) AS bad_month,
      count(*) FILTER (WHERE bad_coordinates) AS bad_coordinates,
      bool_or("Falls within" = ${lit(SYNTHETIC_FORCE)}) AS synthetic FROM t`);
    const monthRows = await scalarRows(c, `SELECT month_key AS month, count(*) AS rows,
        count(*) FILTER (WHERE Longitude IS NULL OR Latitude IS NULL) AS no_location,
        min(Longitude) AS x0, min(Latitude) AS y0, max(Longitude) AS x1, max(Latitude) AS y1
      FROM t WHERE regexp_full_match(month_key, '\\d{4}-(0[1-9]|1[0-2])') GROUP BY month_key ORDER BY month_key`);
    const months: MonthFileEntry[] = [];
    for (const r of monthRows) {
      const month = String(r.month);
      const file = `${month}.parquet`;
      const path = join(outDir, file);
      await c.run(`COPY (SELECT ${POLICE_UK_COLUMNS.map(q).join(', ')} FROM t WHERE month_key = ${lit(month)}
          ORDER BY ${ORDER[sort].sql})
        TO ${lit(path)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${Math.floor(rowGroupSize)})`);
      const [meta] = await scalarRows(c, `SELECT count(DISTINCT row_group_id) AS groups FROM parquet_metadata(${lit(path)})`);
      months.push({
        month,
        file,
        bytes: statSync(path).size,
        rows: Number(r.rows),
        rowsNoLocation: Number(r.no_location),
        rowGroups: Number(meta.groups),
        footerBytes: footerBytes(path),
        bbox: bboxOf(r),
      });
    }
    const located = months.map((m) => m.bbox).filter((b): b is BBox => b !== null);
    const manifest: NationalManifest = {
      format: 'harmspot-police-uk-months',
      version: 1,
      createdAt: new Date().toISOString(),
      licence: totals.synthetic
        ? 'SYNTHETIC records generated by scripts/generate-national-synthetic.ts (seeded; Thanet rows resampled from data.police.uk, Open Government Licence v3.0).'
        : POLICE_UK_LICENCE,
      synthetic: Boolean(totals.synthetic),
      columns: POLICE_UK_COLUMNS,
      sortKey: ORDER[sort].describe,
      rowGroupSize,
      rows: months.reduce((s, m) => s + m.rows, 0),
      rowsNoLocation: months.reduce((s, m) => s + m.rowsNoLocation, 0),
      rowsBadMonth: Number(totals.bad_month),
      rowsBadCoordinates: Number(totals.bad_coordinates),
      bbox: located.length
        ? [Math.min(...located.map((b) => b[0])), Math.min(...located.map((b) => b[1])), Math.max(...located.map((b) => b[2])), Math.max(...located.map((b) => b[3]))]
        : null,
      months,
    };
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
    return manifest;
  } finally {
    c.closeSync();
    db.closeSync();
  }
}
