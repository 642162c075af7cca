// The manifest of a month-partitioned police.uk dataset (written by scripts/prepare-national.ts). Static
// servers list no directories, so the manifest is how a reader learns which months exist, how big each file
// is (no HEAD request needed) and how long its footer is (one range request reads it exactly).

export type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface MonthFileEntry {
  /** YYYY-MM */
  month: string;
  /** File name relative to the manifest, e.g. "2019-05.parquet". */
  file: string;
  bytes: number;
  rows: number;
  /** Rows with no coordinates: police.uk's "No Location" (and coordinates that could not be read). */
  rowsNoLocation: number;
  rowGroups: number;
  /** Parquet footer length (metadata + 8 bytes for length and magic). */
  footerBytes: number;
  /** Bounding box of the located rows, or null when the month has none. */
  bbox: BBox | null;
}

export interface NationalManifest {
  format: 'harmspot-police-uk-months';
  version: 1;
  createdAt: string;
  /** Publisher and licence line, shown with the data. */
  licence: string;
  /** True when the records come from the project's synthetic generators. */
  synthetic: boolean;
  /** police.uk column names, in file order. */
  columns: string[];
  /** How rows are ordered within each month (why row groups are spatially compact). */
  sortKey: string;
  rowGroupSize: number;
  rows: number;
  rowsNoLocation: number;
  /** Input rows left out because their Month was not YYYY-MM (there is no month file to put them in). */
  rowsBadMonth: number;
  /** Rows whose coordinate text was not a number; kept with empty coordinates (so counted as no location). */
  rowsBadCoordinates: number;
  bbox: BBox | null;
  months: MonthFileEntry[];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
// A plain file name beside the manifest: no path, no scheme, so a manifest cannot send the reader elsewhere.
const FILE_NAME = /^[\w.-]+\.parquet$/;

function isBBox(value: unknown): value is BBox {
  return Array.isArray(value) && value.length === 4 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a parsed manifest.json; throws an Error naming the first thing wrong. */
export function parseManifest(json: unknown): NationalManifest {
  const m = json as Partial<NationalManifest> | null;
  if (!m || typeof m !== 'object') throw new Error('the manifest is not a JSON object');
  if (m.format !== 'harmspot-police-uk-months' || m.version !== 1) {
    throw new Error(`the manifest format is not harmspot-police-uk-months version 1 (got ${String(m.format)} ${String(m.version)})`);
  }
  if (!Array.isArray(m.months)) throw new Error('the manifest has no months list');
  if (!Array.isArray(m.columns) || !m.columns.every((c) => typeof c === 'string')) throw new Error('the manifest has no columns list');
  if (typeof m.licence !== 'string' || m.licence === '') throw new Error('the manifest has no licence line');
  for (const [i, e] of m.months.entries()) {
    const where = `months[${i}]`;
    if (!e || typeof e.month !== 'string' || !MONTH.test(e.month)) throw new Error(`${where} has no YYYY-MM month`);
    if (typeof e.file !== 'string' || !FILE_NAME.test(e.file)) throw new Error(`${where} file is not a plain .parquet name`);
    for (const k of ['bytes', 'rows', 'rowsNoLocation', 'rowGroups', 'footerBytes'] as const) {
      if (!isCount(e[k])) throw new Error(`${where}.${k} is not a count`);
    }
    if (e.footerBytes < 12 || e.footerBytes > e.bytes) throw new Error(`${where}.footerBytes does not fit the file`);
    if (e.bbox !== null && !isBBox(e.bbox)) throw new Error(`${where}.bbox is not [minLon, minLat, maxLon, maxLat]`);
  }
  return {
    format: m.format,
    version: m.version,
    createdAt: String(m.createdAt ?? ''),
    licence: m.licence,
    synthetic: m.synthetic === true,
    columns: m.columns,
    sortKey: String(m.sortKey ?? ''),
    rowGroupSize: Number(m.rowGroupSize ?? 0),
    rows: Number(m.rows ?? 0),
    rowsNoLocation: Number(m.rowsNoLocation ?? 0),
    rowsBadMonth: Number(m.rowsBadMonth ?? 0),
    rowsBadCoordinates: Number(m.rowsBadCoordinates ?? 0),
    bbox: isBBox(m.bbox) ? m.bbox : null,
    months: [...m.months].sort((a, b) => a.month.localeCompare(b.month)),
  };
}

export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
