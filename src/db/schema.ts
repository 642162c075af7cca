import type { Lsoa, Ward } from '../geo/areaIndex';
import { H3_COLUMNS_DDL } from './h3Columns';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import type { SqlConnection } from './connection';

/**
 * The data model. `incidents` holds every record of every source; identical rows are legitimate and stay.
 * Each record carries its point's H3 cell at every offered resolution (never a parent of a finer cell: H3
 * does not nest exactly). Harm weights are applied at query time.
 */
const DDL = [
  `CREATE TABLE sources (
    source_id INTEGER PRIMARY KEY,
    kind VARCHAR NOT NULL,            -- 'police.uk', later 'council', 'survey', 'context'
    label VARCHAR NOT NULL,
    file_names VARCHAR NOT NULL,      -- JSON array
    rows_read INTEGER NOT NULL,
    rows_kept INTEGER NOT NULL,
    rows_no_location INTEGER NOT NULL,
    rows_outside INTEGER NOT NULL,
    rows_skipped INTEGER NOT NULL,
    load_reports VARCHAR NOT NULL,    -- JSON array of LoadReport: every skip with its reason and rows
    licence VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    synthetic BOOLEAN NOT NULL,
    notes VARCHAR NOT NULL,           -- JSON array of caveats for analysts
    loaded_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE incidents (
    source_id INTEGER NOT NULL,
    month_idx SMALLINT NOT NULL,      -- (year - 1970) * 12 + month - 1
    occurred_at TIMESTAMP,            -- police.uk gives months only
    category_id TINYINT NOT NULL,     -- index into categories
    crime_id VARCHAR,
    force VARCHAR,
    outcome VARCHAR,
    lon DOUBLE,
    lat DOUBLE,
    location VARCHAR,
    lsoa_code VARCHAR,                -- as published: kept, never counted by (lsoa_idx is)
    lsoa_name VARCHAR,
    ward_idx SMALLINT,                -- by point-in-polygon; NULL when the record has no location
    lsoa_idx SMALLINT,                -- by point-in-polygon; NULL without location or in no LSOA
    ${H3_COLUMNS_DDL},                -- the point's cell at each resolution; NULL without location
    point_id INTEGER,                 -- distinct map point within the source
    category_text VARCHAR             -- the source's own category when not police.uk's (council: "ASB - Noise")
  )`,
  `CREATE TABLE perception (
    source_id INTEGER NOT NULL,
    lon DOUBLE,                       -- NULL when the answer names only a ward
    lat DOUBLE,
    ward_idx SMALLINT NOT NULL,
    ${H3_COLUMNS_DDL},                -- the answer's cell at each resolution; NULL when it names only a ward
    unsafe BOOLEAN NOT NULL,          -- "feels unsafe here"
    age_band VARCHAR,
    day_night VARCHAR,                -- 'day' | 'night' | NULL
    hour TINYINT,
    answered_on DATE,
    reason VARCHAR,
    comment VARCHAR
  )`,
  `CREATE TABLE context_points (layer_id INTEGER NOT NULL, point_no INTEGER NOT NULL, lon DOUBLE NOT NULL, lat DOUBLE NOT NULL, label VARCHAR)`,
  `CREATE TABLE wards (ward_idx SMALLINT PRIMARY KEY, code VARCHAR NOT NULL, name VARCHAR NOT NULL)`,
  `CREATE TABLE lsoas (lsoa_idx SMALLINT PRIMARY KEY, code VARCHAR NOT NULL, name VARCHAR NOT NULL)`,
  `CREATE TABLE categories (category_id TINYINT PRIMARY KEY, name VARCHAR NOT NULL)`,
];

export async function createSchema(conn: SqlConnection, wards: readonly Ward[], lsoas: readonly Lsoa[] = []): Promise<void> {
  // A compressed in-memory database: about a third of the memory of the default one for police.uk records,
  // which is what lets millions of records fit under wasm32's 4 GB. Every table lives there.
  await conn.query("ATTACH ':memory:' AS harmspot (COMPRESS)");
  await conn.query('USE harmspot');
  // One round trip per statement kind: the engine's worker is busy starting up, and each trip waits its turn.
  await conn.query(DDL.join(';\n'));
  await conn.query(`INSERT INTO wards VALUES ${rowsOf(wards.length, 3)}`, wards.flatMap((w) => [w.index, w.code, w.name]));
  if (lsoas.length) await conn.query(`INSERT INTO lsoas VALUES ${rowsOf(lsoas.length, 3)}`, lsoas.flatMap((l) => [l.index, l.code, l.name]));
  await conn.query(`INSERT INTO categories VALUES ${rowsOf(POLICE_UK_CATEGORIES.length, 2)}`, [...POLICE_UK_CATEGORIES.entries()].flat());
}

/** `(?, ?), (?, ?), …`: placeholders for `rows` rows of `width` bound values. */
const rowsOf = (rows: number, width: number) =>
  Array.from({ length: rows }, () => `(${Array(width).fill('?').join(', ')})`).join(', ');
