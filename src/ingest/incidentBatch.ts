import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';

/**
 * Records of one load, column by column, ready for the `incidents` table.
 * Sentinels stand for "none" so that the numeric columns stay typed arrays:
 * NaN coordinates, ward -1, cell 0, empty strings. The database turns them into NULLs.
 */
export interface IncidentBatch {
  length: number;
  month: Int16Array;
  category: Int8Array;
  lon: Float64Array;
  lat: Float64Array;
  ward: Int16Array;
  /** Fine H3 cell (resolution FINE_H3_RESOLUTION) as an unsigned 64-bit integer. */
  cell: BigUint64Array;
  /** Index of the record's distinct map point within this batch. */
  point: Int32Array;
  /** Date-time as naive epoch milliseconds (local clock time read as UTC); NaN when the source gives months only. */
  occurredMs: Float64Array;
  crimeId: string[];
  force: string[];
  location: string[];
  lsoaCode: string[];
  lsoaName: string[];
  outcome: string[];
  /** The source's own category text when it is not police.uk's (e.g. "ASB - Noise"). */
  categoryText: string[];
}

/**
 * A UTF-8 Arrow vector built directly from offsets and bytes. Arrow's own builders compile null checks with
 * `new Function`, which the app's Content-Security-Policy (rightly) forbids.
 */
export function utf8Vector(values: readonly string[]): Vector<Utf8> {
  const encoder = new TextEncoder();
  const offsets = new Int32Array(values.length + 1);
  // Mostly ASCII (police.uk text is): one join and one encode, with offsets from the string lengths.
  const joined = values.join('');
  const all = encoder.encode(joined);
  if (all.length === joined.length) {
    for (let i = 0; i < values.length; i++) offsets[i + 1] = offsets[i] + values[i].length;
    return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets: offsets, data: all }));
  }
  let bytes = new Uint8Array(Math.max(16, all.length));
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    const need = end + values[i].length * 3;
    if (need > bytes.length) {
      const grown = new Uint8Array(Math.max(need, bytes.length * 2));
      grown.set(bytes.subarray(0, end));
      bytes = grown;
    }
    end += encoder.encodeInto(values[i], bytes.subarray(end)).written;
    offsets[i + 1] = end;
  }
  return makeVector(makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets: offsets, data: bytes.subarray(0, end) }));
}

/** Arrow IPC stream of a batch: the one format the database accepts for records. */
export function batchToArrowIPC(batch: IncidentBatch): Uint8Array {
  const table = new Table({
    month_idx: makeVector(batch.month),
    category_id: makeVector(batch.category),
    lon: makeVector(batch.lon),
    lat: makeVector(batch.lat),
    ward_idx: makeVector(batch.ward),
    cell: makeVector(batch.cell),
    point_id: makeVector(batch.point),
    occurred_ms: makeVector(batch.occurredMs),
    crime_id: utf8Vector(batch.crimeId),
    force: utf8Vector(batch.force),
    location: utf8Vector(batch.location),
    lsoa_code: utf8Vector(batch.lsoaCode),
    lsoa_name: utf8Vector(batch.lsoaName),
    outcome: utf8Vector(batch.outcome),
    category_text: utf8Vector(batch.categoryText),
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
  const strings = (pick: (b: IncidentBatch) => string[]) => batches.flatMap(pick);
  return {
    length: batches.reduce((n, b) => n + b.length, 0),
    month: concatTyped(batches.map((b) => b.month), (n) => new Int16Array(n)),
    category: concatTyped(batches.map((b) => b.category), (n) => new Int8Array(n)),
    lon: concatTyped(batches.map((b) => b.lon), (n) => new Float64Array(n)),
    lat: concatTyped(batches.map((b) => b.lat), (n) => new Float64Array(n)),
    ward: concatTyped(batches.map((b) => b.ward), (n) => new Int16Array(n)),
    cell: concatTyped(batches.map((b) => b.cell), (n) => new BigUint64Array(n)),
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
