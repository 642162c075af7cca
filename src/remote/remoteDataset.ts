// Opens a month-partitioned police.uk dataset on the app's own origin (manifest.json + <YYYY-MM>.parquet)
// and reads the records of some months inside a bounding box with HTTP range requests: per month one
// request for the footer, then only the needed columns of the row groups whose Longitude/Latitude
// statistics overlap the box. Pure: fetch is global or injected; no DOM, React or DuckDB.
import { parquetMetadataAsync, parquetRead } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { TabularFile } from '../ingest/formats/tabular';
import { bboxesOverlap, parseManifest, type BBox, type MonthFileEntry, type NationalManifest } from './manifest';
import { newCounter, rangeAsyncBuffer, type TransferCounter } from './rangeBuffer';
import { planRowGroups } from './rowGroups';
import { rowsInBox, type RowsInBox } from './tabularRows';

/** The columns src/ingest/policeUkRows.ts reads ("Reported by" and "Context" are not used). */
export const POLICE_UK_READ_COLUMNS = [
  'Crime ID', 'Month', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category',
];

export interface OpenOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  /** Base for a relative manifest URL; defaults to the page's location. */
  baseUrl?: string;
}

export interface TransferStats {
  bytes: number;
  requests: number;
  ms: number;
}

export interface ReadRequest {
  /** YYYY-MM months; months the dataset does not have are reported in `missingMonths`. */
  months: string[];
  bbox: BBox;
  /** Defaults to POLICE_UK_READ_COLUMNS; Longitude and Latitude are always read. */
  columns?: string[];
  signal?: AbortSignal;
  /** Month files read at once (each is a few sequential requests). */
  concurrency?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Each month's table as soon as it is read (months may finish out of order). */
  onTable?: (table: RemoteTable) => void;
}

export interface ReadProgress {
  monthsDone: number;
  monthsTotal: number;
  bytes: number;
  requests: number;
}

export interface RemoteTable {
  month: string;
  /** police.uk columns as text, ready for readPoliceUk. Only records inside the box. */
  table: TabularFile;
  rowGroupsRead: number;
  rowGroupsSkipped: number;
  /** Rows decoded from the row groups read (inside the box or not). */
  rowsRead: number;
}

export interface RemoteReadStats extends TransferStats {
  monthsRead: number;
  /** Month files never requested: their bounding box misses the area. */
  monthsSkipped: number;
  rowGroupsRead: number;
  /** Row groups not requested: all their located rows lie outside the box, or they hold no located row. */
  rowGroupsSkipped: number;
  rowsRead: number;
  rowsReturned: number;
  /** Rows decoded (they shared a row group with the area's) but outside the box: not returned. */
  rowsOutsideBox: number;
  /**
   * Rows without coordinates in the months read — the whole dataset's, e.g. all of England and Wales's "No
   * Location" rows. They cannot be attributed to the area, so they are not returned (and mostly not read).
   */
  rowsUnlocatedNotReturned: number;
  /** Milliseconds from the start of the read to the first table handed to onTable. */
  firstTableMs?: number;
}

export interface RemoteReadResult {
  /** One per month with at least one record inside the box, in month order. */
  tables: RemoteTable[];
  /** Months the dataset has but with no record inside the box (zero, not a gap). */
  emptyMonths: string[];
  /** Months asked for that the dataset does not have (a gap, not zero). */
  missingMonths: string[];
  stats: RemoteReadStats;
}

export interface RemoteDataset {
  manifestUrl: string;
  manifest: NationalManifest;
  openStats: TransferStats;
  read(request: ReadRequest): Promise<RemoteReadResult>;
}

export async function openRemoteDataset(manifestUrl: string, options: OpenOptions = {}): Promise<RemoteDataset> {
  const t0 = performance.now();
  const fetchFn = options.fetch ?? globalThis.fetch;
  const base = options.baseUrl ?? (globalThis as { location?: { href: string } }).location?.href;
  const url = new URL(manifestUrl, base);
  const res = await fetchFn(url.href, { signal: options.signal });
  if (!res.ok) throw new Error(`${url.href}: the manifest could not be read (status ${res.status})`);
  const body = await res.text();
  const manifest = parseManifest(JSON.parse(body));
  const openStats = { bytes: new TextEncoder().encode(body).byteLength, requests: 1, ms: performance.now() - t0 };
  return {
    manifestUrl: url.href,
    manifest,
    openStats,
    read: (request) => readMonths(url, manifest, fetchFn, request),
  };
}

function tableName(manifest: NationalManifest, month: string): string {
  return `${manifest.synthetic ? 'national SYNTHETIC' : 'national'} ${month}.parquet`;
}

async function readMonthFile(
  fileUrl: string,
  entry: MonthFileEntry,
  request: ReadRequest,
  columns: string[],
  fetchFn: typeof globalThis.fetch,
  counter: TransferCounter,
  name: string,
): Promise<RemoteTable & { filtered: RowsInBox }> {
  const file = rangeAsyncBuffer(fileUrl, entry.bytes, { fetch: fetchFn, signal: request.signal, counter });
  // The manifest knows the footer's length, so the metadata costs exactly one request.
  const metadata = await parquetMetadataAsync(file, { initialFetchSize: entry.footerBytes });
  const plan = planRowGroups(metadata, request.bbox);
  const filtered: RowsInBox = { rows: [], outsideBox: 0, unlocated: 0 };
  const lonAt = columns.indexOf('Longitude');
  const latAt = columns.indexOf('Latitude');
  for (const run of plan.runs) {
    request.signal?.throwIfAborted();
    await parquetRead({
      file,
      metadata,
      columns,
      rowStart: run.rowStart,
      rowEnd: run.rowEnd,
      compressors,
      onComplete: (rows: unknown[][]) => rowsInBox(rows, lonAt, latAt, request.bbox, filtered),
    });
  }
  return {
    month: entry.month,
    table: { name, header: columns, rows: filtered.rows },
    rowGroupsRead: plan.groupsRead,
    rowGroupsSkipped: plan.groupsSkipped + plan.groupsUnlocated,
    rowsRead: plan.rowsInGroupsRead,
    filtered,
  };
}

async function readMonths(
  manifestUrl: URL,
  manifest: NationalManifest,
  fetchFn: typeof globalThis.fetch,
  request: ReadRequest,
): Promise<RemoteReadResult> {
  const t0 = performance.now();
  const counter = newCounter();
  const columns = [...(request.columns ?? POLICE_UK_READ_COLUMNS)];
  for (const c of ['Longitude', 'Latitude']) if (!columns.includes(c)) columns.push(c);
  const unknown = columns.filter((c) => !manifest.columns.includes(c));
  if (unknown.length) throw new Error(`the dataset has no column ${unknown.map((c) => `"${c}"`).join(', ')}`);

  const byMonth = new Map(manifest.months.map((m) => [m.month, m]));
  const wanted = [...new Set(request.months)].sort();
  const missingMonths = wanted.filter((m) => !byMonth.has(m));
  const entries = wanted.flatMap((m) => byMonth.get(m) ?? []);
  // A month whose located rows all lie outside the box is not requested at all.
  const toRead = entries.filter((e) => e.bbox !== null && bboxesOverlap(e.bbox, request.bbox));
  const stats: RemoteReadStats = {
    bytes: 0, requests: 0, ms: 0, monthsRead: toRead.length, monthsSkipped: entries.length - toRead.length,
    rowGroupsRead: 0, rowGroupsSkipped: entries.filter((e) => !toRead.includes(e)).reduce((s, e) => s + e.rowGroups, 0),
    rowsRead: 0, rowsReturned: 0, rowsOutsideBox: 0,
    rowsUnlocatedNotReturned: entries.reduce((s, e) => s + e.rowsNoLocation, 0),
  };

  const results: RemoteTable[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const entry = toRead[next++];
      request.signal?.throwIfAborted();
      const fileUrl = new URL(entry.file, manifestUrl).href;
      const { filtered, ...table } = await readMonthFile(fileUrl, entry, request, columns, fetchFn, counter, tableName(manifest, entry.month));
      stats.rowGroupsRead += table.rowGroupsRead;
      stats.rowGroupsSkipped += table.rowGroupsSkipped;
      stats.rowsRead += table.rowsRead;
      stats.rowsReturned += table.table.rows.length;
      stats.rowsOutsideBox += filtered.outsideBox;
      results.push(table);
      done++;
      if (table.table.rows.length > 0) {
        stats.firstTableMs ??= performance.now() - t0;
        request.onTable?.(table);
      }
      request.onProgress?.({ monthsDone: done, monthsTotal: toRead.length, bytes: counter.bytes, requests: counter.requests });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(request.concurrency ?? 3, toRead.length)) }, worker));

  results.sort((a, b) => a.month.localeCompare(b.month));
  const tables = results.filter((r) => r.table.rows.length > 0);
  const emptyMonths = entries.map((e) => e.month).filter((m) => !tables.some((t) => t.month === m));
  Object.assign(stats, { bytes: counter.bytes, requests: counter.requests, ms: performance.now() - t0 });
  return { tables, emptyMonths, missingMonths, stats };
}
