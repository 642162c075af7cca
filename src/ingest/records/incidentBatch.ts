import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { concatUtf8, utf8Column, type Utf8Column } from '../formats/utf8Column';
import { H3_RESOLUTIONS, h3ColumnName } from '../../domain/h3Resolutions';

/**
 * Records of one load, column by column, ready for the `incidents` table.
 * Sentinels stand for "none" so that the numeric columns stay typed arrays:
 * NaN coordinates, ward and LSOA -1, cells 0, empty strings. The database turns them into NULLs.
 */
export interface IncidentBatch {
  length: number;
  month: Int16Array;
  category: Int8Array;
  lon: Float64Array;
  lat: Float64Array;
  ward: Int16Array;
  /** LSOA index by point-in-polygon (-1: none). The file's own LSOA code is kept in `lsoaCode` but not counted by. */
  lsoa: Int16Array;
  /** H3 cell of the record's point at each offered resolution (index: resolutionSlot), by latLngToCell; 0 without location. */
  h3: BigUint64Array[];
  /** Index of the record's distinct map point within this batch. */
  point: Int32Array;
  /** Date-time as naive epoch milliseconds (local clock time read as UTC); NaN when the source gives months only. */
  occurredMs: Float64Array;
  crimeId: Utf8Column;
  force: Utf8Column;
  location: Utf8Column;
  lsoaCode: Utf8Column;
  lsoaName: Utf8Column;
  outcome: Utf8Column;
  /** The source's own category text when it is not police.uk's (e.g. "ASB - Noise"). */
  categoryText: Utf8Column;
}

export const TEXT_FIELDS = ['crimeId', 'force', 'location', 'lsoaCode', 'lsoaName', 'outcome', 'categoryText'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/**
 * A UTF-8 Arrow vector built directly from offsets and bytes. Arrow's own builders compile null checks with
 * `new Function`, which the app's Content-Security-Policy (rightly) forbids.
 */
export function utf8VectorOf(column: Utf8Column): Vector<Utf8> {
  const length = column.offsets.length - 1;
  return makeVector(makeData({ type: new Utf8(), length, nullCount: 0, valueOffsets: column.offsets, data: column.data }));
}

export const utf8Vector = (values: readonly string[]): Vector<Utf8> => utf8VectorOf(utf8Column(values));

/** One Arrow column per offered resolution: h3_7 … h3_10. */
export function h3Vectors(h3: readonly BigUint64Array[]): Record<string, Vector> {
  return Object.fromEntries(H3_RESOLUTIONS.map((res, i) => [h3ColumnName(res), makeVector(h3[i])]));
}

/** Arrow IPC stream of a batch: the one format the database accepts for records. */
export function batchToArrowIPC(batch: IncidentBatch): Uint8Array {
  const table = new Table({
    month_idx: makeVector(batch.month),
    category_id: makeVector(batch.category),
    lon: makeVector(batch.lon),
    lat: makeVector(batch.lat),
    ward_idx: makeVector(batch.ward),
    lsoa_idx: makeVector(batch.lsoa),
    ...h3Vectors(batch.h3),
    point_id: makeVector(batch.point),
    occurred_ms: makeVector(batch.occurredMs),
    crime_id: utf8VectorOf(batch.crimeId),
    force: utf8VectorOf(batch.force),
    location: utf8VectorOf(batch.location),
    lsoa_code: utf8VectorOf(batch.lsoaCode),
    lsoa_name: utf8VectorOf(batch.lsoaName),
    outcome: utf8VectorOf(batch.outcome),
    category_text: utf8VectorOf(batch.categoryText),
  });
  return tableToIPC(table, 'stream');
}

function concatTyped<T extends Int8Array | Int16Array | Int32Array | Float64Array | BigUint64Array>(
  parts: T[],
  make: (n: number) => T,
): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    (out as { set(a: T, o: number): void }).set(p, offset);
    offset += p.length;
  }
  return out;
}

/** One batch holding the records of several, in order. */
export function concatBatches(batches: IncidentBatch[]): IncidentBatch {
  if (batches.length === 1) return batches[0];
  const strings = (pick: (b: IncidentBatch) => Utf8Column) => concatUtf8(batches.map(pick));
  return {
    length: batches.reduce((n, b) => n + b.length, 0),
    month: concatTyped(batches.map((b) => b.month), (n) => new Int16Array(n)),
    category: concatTyped(batches.map((b) => b.category), (n) => new Int8Array(n)),
    lon: concatTyped(batches.map((b) => b.lon), (n) => new Float64Array(n)),
    lat: concatTyped(batches.map((b) => b.lat), (n) => new Float64Array(n)),
    ward: concatTyped(batches.map((b) => b.ward), (n) => new Int16Array(n)),
    lsoa: concatTyped(batches.map((b) => b.lsoa), (n) => new Int16Array(n)),
    h3: H3_RESOLUTIONS.map((_, r) => concatTyped(batches.map((b) => b.h3[r]), (n) => new BigUint64Array(n))),
    point: concatTyped(batches.map((b) => b.point), (n) => new Int32Array(n)),
    occurredMs: concatTyped(batches.map((b) => b.occurredMs), (n) => new Float64Array(n)),
    crimeId: strings((b) => b.crimeId),
    force: strings((b) => b.force),
    location: strings((b) => b.location),
    lsoaCode: strings((b) => b.lsoaCode),
    lsoaName: strings((b) => b.lsoaName),
    outcome: strings((b) => b.outcome),
    categoryText: strings((b) => b.categoryText),
  };
}
