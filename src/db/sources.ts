import { skippedTotal, type LoadReport } from '../ingest/records/loadReport';
import { ARROW_SCHEMA, numberColumn, textColumn, type SqlConnection, type SqlParam } from './connection';
import { H3_COLUMNS_FROM_ARROW } from './h3Columns';

export interface NewSource {
  kind: string;
  label: string;
  licence: string;
  fingerprint: string;
  synthetic: boolean;
  reports: LoadReport[];
  /** Caveats an analyst must read, shown in "About the data". */
  notes?: string[];
}

export interface SourceRow {
  sourceId: number;
  kind: string;
  label: string;
  fileNames: string[];
  rowsRead: number;
  rowsKept: number;
  rowsNoLocation: number;
  rowsOutside: number;
  rowsSkipped: number;
  licence: string;
  fingerprint: string;
  synthetic: boolean;
  notes: string[];
}

const sum = (reports: LoadReport[], pick: (r: LoadReport) => number) => reports.reduce((n, r) => n + pick(r), 0);

/** Runs `work` in one transaction: if anything fails, nothing already loaded changes. */
async function inTransaction<T>(conn: SqlConnection, work: () => Promise<T>): Promise<T> {
  await conn.query('BEGIN TRANSACTION');
  try {
    const result = await work();
    await conn.query('COMMIT');
    return result;
  } catch (err) {
    await conn.query('ROLLBACK');
    throw err;
  }
}

async function insertSourceRow(conn: SqlConnection, source: NewSource): Promise<number> {
  const idTable = await conn.query('SELECT coalesce(max(source_id), 0) + 1 AS id FROM sources');
  const sourceId = numberColumn(idTable, 'id')[0];
  const r = source.reports;
  await conn.query(`INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()::TIMESTAMP)`, [
    sourceId,
    source.kind,
    source.label,
    JSON.stringify(r.map((x) => x.fileName)),
    sum(r, (x) => x.rowsRead),
    sum(r, (x) => x.kept),
    sum(r, (x) => x.noLocation),
    sum(r, (x) => x.outsideArea),
    sum(r, skippedTotal),
    JSON.stringify(r),
    source.licence,
    source.fingerprint,
    source.synthetic,
    JSON.stringify(source.notes ?? []),
  ]);
  return sourceId;
}

/** Copies an Arrow IPC stream into a table through a staging table, named `staging`, and the SQL that reads it. */
async function insertFromArrow(
  conn: SqlConnection,
  ipc: Uint8Array,
  select: (staging: string) => string,
  params: SqlParam[],
  staging = 'staging',
): Promise<void> {
  if (ipc.byteLength === 0) return;
  await conn.insertArrowIPC(staging, ipc);
  await conn.query(select(`${ARROW_SCHEMA}.${staging}`), params);
  await conn.dropArrowTable(staging);
}

export interface StoreOptions {
  /** Steps of the store done so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** Cancelling between steps rolls the whole load back. */
  signal?: AbortSignal;
}

let pendingCount = 0;

/**
 * A table for records read but not yet stored, shaped like `incidents` without `source_id`. No view reads
 * it, so records can arrive block by block while a file is read (the page holds none of them) and the load
 * can still be confirmed or dropped. Its name is made here, never from data.
 */
export async function createPending(conn: SqlConnection): Promise<string> {
  const name = `pending_${++pendingCount}`;
  await conn.query(`CREATE TABLE ${name} AS SELECT * EXCLUDE (source_id) FROM incidents LIMIT 0`);
  return name;
}

/** Adds one block of records (the Arrow IPC stream of an IncidentBatch) to a pending table. */
export function stagePending(conn: SqlConnection, pending: string, ipc: Uint8Array): Promise<void> {
  return insertFromArrow(
    conn,
    ipc,
    (staging) => `INSERT INTO ${pending}
     SELECT month_idx,
            CASE WHEN isnan(occurred_ms) THEN NULL ELSE epoch_ms(occurred_ms::BIGINT) END, category_id,
            NULLIF(crime_id, ''), NULLIF(force, ''), NULLIF(outcome, ''), CASE WHEN isnan(lon) THEN NULL ELSE lon END,
            CASE WHEN isnan(lat) THEN NULL ELSE lat END, NULLIF(location, ''), NULLIF(lsoa_code, ''),
            NULLIF(lsoa_name, ''), NULLIF(ward_idx, -1), NULLIF(lsoa_idx, -1), ${H3_COLUMNS_FROM_ARROW}, NULLIF(point_id, -1),
            NULLIF(category_text, '')
     FROM ${staging}`,
    [],
    `staging_${pending}`,
  );
}

export async function dropPending(conn: SqlConnection, pending: string): Promise<void> {
  await conn.query(`DROP TABLE IF EXISTS ${pending}`);
}

/** Records moved from a pending table per statement: progress and a chance to cancel between them. */
const MOVE_ROWS = 1_000_000;

/**
 * Adds a source and the records of a pending table in one transaction, then drops the pending table.
 * `replacing` lists (force, month) pairs of the same kind whose records this source replaces (the user was
 * asked). Cancelling between steps rolls everything back and keeps the pending table.
 */
export async function addSource(
  conn: SqlConnection,
  source: NewSource,
  pending: string,
  replacing: readonly LoadedMonth[] = [],
  options: StoreOptions = {},
): Promise<number> {
  const rows = numberColumn(await conn.query(`SELECT count(*)::DOUBLE AS n FROM ${pending}`), 'n')[0];
  const steps = Math.max(1, Math.ceil(rows / MOVE_ROWS));
  const sourceId = await inTransaction(conn, async () => {
    for (const { force, month } of replacing) {
      await conn.query(
        `DELETE FROM incidents WHERE coalesce(force, '') = ? AND month_idx = ?
           AND source_id IN (SELECT source_id FROM sources WHERE kind = ?)`,
        [force, month, source.kind],
      );
    }
    const id = await insertSourceRow(conn, source);
    for (let step = 0; step < steps; step++) {
      options.signal?.throwIfAborted();
      await conn.query(`INSERT INTO incidents SELECT ?::INTEGER, * FROM ${pending} WHERE rowid >= ? AND rowid < ?`, [
        id,
        step * MOVE_ROWS,
        (step + 1) * MOVE_ROWS,
      ]);
      options.onProgress?.(step + 1, steps);
    }
    return id;
  });
  await dropPending(conn, pending);
  return sourceId;
}

/**
 * A source whose records come as Arrow IPC blocks (the embedded data, scripts, tests, the bench), possibly
 * fetched one by one so that no more than one is held at a time.
 */
export async function addSourceFromIpc(
  conn: SqlConnection,
  source: NewSource,
  ipc: Uint8Array | readonly Uint8Array[] | AsyncIterable<Uint8Array>,
): Promise<number> {
  const pending = await createPending(conn);
  try {
    for await (const block of ipc instanceof Uint8Array ? [ipc] : ipc) await stagePending(conn, pending, block);
  } catch (err) {
    await dropPending(conn, pending);
    throw err;
  }
  return addSource(conn, source, pending);
}

/** Adds a perception survey source and its answers (the Arrow IPC stream of a PerceptionBatch). */
export async function addPerceptionSource(conn: SqlConnection, source: NewSource, ipc: Uint8Array): Promise<number> {
  return inTransaction(conn, async () => {
    const sourceId = await insertSourceRow(conn, source);
    await insertFromArrow(
      conn,
      ipc,
      (staging) => `INSERT INTO perception
       SELECT ?::INTEGER, CASE WHEN isnan(lon) THEN NULL ELSE lon END, CASE WHEN isnan(lat) THEN NULL ELSE lat END,
              ward_idx, ${H3_COLUMNS_FROM_ARROW}, unsafe = 1, NULLIF(age_band, ''), NULLIF(day_night, ''), NULLIF(hour, -1),
              CASE WHEN isnan(date_ms) THEN NULL ELSE epoch_ms(date_ms::BIGINT)::DATE END, NULLIF(reason, ''),
              NULLIF(comment, '')
       FROM ${staging}`,
      [sourceId],
    );
    return sourceId;
  });
}

export async function listSources(conn: SqlConnection): Promise<SourceRow[]> {
  const t = await conn.query(
    `SELECT source_id, kind, label, file_names, rows_read, rows_kept, rows_no_location, rows_outside,
            rows_skipped, licence, fingerprint, synthetic::INTEGER AS synthetic, notes
     FROM sources ORDER BY source_id`,
  );
  const ids = numberColumn(t, 'source_id');
  const kinds = textColumn(t, 'kind');
  const labels = textColumn(t, 'label');
  const files = textColumn(t, 'file_names');
  const read = numberColumn(t, 'rows_read');
  const kept = numberColumn(t, 'rows_kept');
  const noLoc = numberColumn(t, 'rows_no_location');
  const outside = numberColumn(t, 'rows_outside');
  const skipped = numberColumn(t, 'rows_skipped');
  const licences = textColumn(t, 'licence');
  const prints = textColumn(t, 'fingerprint');
  const synthetic = numberColumn(t, 'synthetic');
  const notes = textColumn(t, 'notes');
  return ids.map((sourceId, i) => ({
    sourceId,
    kind: kinds[i] ?? '',
    label: labels[i] ?? '',
    fileNames: JSON.parse(files[i] ?? '[]') as string[],
    rowsRead: read[i],
    rowsKept: kept[i],
    rowsNoLocation: noLoc[i],
    rowsOutside: outside[i],
    rowsSkipped: skipped[i],
    licence: licences[i] ?? '',
    fingerprint: prints[i] ?? '',
    synthetic: synthetic[i] === 1,
    notes: JSON.parse(notes[i] ?? '[]') as string[],
  }));
}

export interface LoadedMonth {
  force: string;
  month: number;
}

/** (force, month) pairs already held for a kind of source: how a month loaded twice is detected. */
export async function loadedMonths(conn: SqlConnection, kind: string): Promise<LoadedMonth[]> {
  const t = await conn.query(
    `SELECT DISTINCT coalesce(i.force, '') AS force, i.month_idx
     FROM incidents i JOIN sources s USING (source_id)
     WHERE s.kind = ? ORDER BY 1, 2`,
    [kind],
  );
  const forces = textColumn(t, 'force');
  return numberColumn(t, 'month_idx').map((month, i) => ({ force: forces[i] ?? '', month }));
}
