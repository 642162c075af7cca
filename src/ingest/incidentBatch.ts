import { makeVector, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';

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
  crimeId: string[];
  force: string[];
  location: string[];
  lsoaCode: string[];
  lsoaName: string[];
  outcome: string[];
}

/** Arrow IPC stream of a batch: the one format the database accepts for records. */
export function batchToArrowIPC(batch: IncidentBatch): Uint8Array {
  const text = (values: string[]) => vectorFromArray(values, new Utf8());
  const table = new Table({
    month_idx: makeVector(batch.month),
    category_id: makeVector(batch.category),
    lon: makeVector(batch.lon),
    lat: makeVector(batch.lat),
    ward_idx: makeVector(batch.ward),
    cell: makeVector(batch.cell),
    point_id: makeVector(batch.point),
    crime_id: text(batch.crimeId),
    force: text(batch.force),
    location: text(batch.location),
    lsoa_code: text(batch.lsoaCode),
    lsoa_name: text(batch.lsoaName),
    outcome: text(batch.outcome),
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
    crimeId: strings((b) => b.crimeId),
    force: strings((b) => b.force),
    location: strings((b) => b.location),
    lsoaCode: strings((b) => b.lsoaCode),
    lsoaName: strings((b) => b.lsoaName),
    outcome: strings((b) => b.outcome),
  };
}
