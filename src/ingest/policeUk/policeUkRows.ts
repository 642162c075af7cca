import { categoryId } from '../../domain/categories';
import { parseMonth } from '../../domain/months';
import { FileError } from '../../domain/fileError';
import { concatBatches, type IncidentBatch } from '../records/incidentBatch';
import { BatchBuilder, NO_PLACE, type ForceMonth } from '../records/batchBuilder';
import { SkipCollector, type LoadReport } from '../records/loadReport';
import { OUTSIDE_KEPT, type PointEnricher, type PointInfo } from '../records/pointEnricher';
import { BytesMap } from '../formats/bytesMap';
import type { TabularFile } from '../formats/tabular';

/** Columns a police.uk street-level CSV must have for a record to be placed in time, type and space. */
const REQUIRED = ['Month', 'Longitude', 'Latitude', 'Crime type'] as const;
const OPTIONAL = ['Crime ID', 'Falls within', 'Location', 'LSOA code', 'LSOA name', 'Last outcome category'] as const;
type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export interface ParsedFile {
  batch: IncidentBatch;
  report: LoadReport;
}

/** Header names compared loosely, so "Crime type", "crime_type" and "CRIME TYPE" all match. */
const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

function columnIndex(header: string[], fileName: string): Record<Column, number> {
  const index = {} as Record<Column, number>;
  const names = header.map(normalise);
  for (const col of [...REQUIRED, ...OPTIONAL]) index[col] = names.indexOf(normalise(col));
  const missing = REQUIRED.filter((c) => index[c] < 0);
  if (missing.length) {
    throw new FileError(
      fileName,
      `this is not a police.uk street-level file: the header (row 1) has no ${missing.map((m) => `"${m}"`).join(', ')} column`,
      1,
      missing[0],
    );
  }
  return index;
}

function parseCoordinate(text: string, min: number, max: number): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/**
 * Validates the rows of a police.uk street-level table (a CSV as downloaded, or the same columns in Parquet
 * or Arrow) as they arrive, and places each kept record in a ward, an LSOA and its H3 cell at every offered resolution. Rows that cannot be
 * used are counted by reason; nothing is de-duplicated (police.uk has many genuinely identical rows). Pass
 * one enricher to every file of a load so that map-point numbers agree across them. Full blocks of
 * records go to `onBlock` as they fill, so a file of any length is read in bounded memory.
 */
export class PoliceUkReader {
  private readonly col: Record<Column, number>;
  private readonly out: BatchBuilder;
  private readonly skips = new SkipCollector();
  private readonly monthText = new Map<string, number | undefined>();
  private rowsRead = 0;
  private readonly fast: {
    starts: Int32Array;
    ranges: Int32Array;
    used: number[];
    textColumns: number[];
    categories: BytesMap<number>;
    points: BytesMap<PointInfo>;
    forces: BytesMap<string>;
  };

  constructor(
    private readonly fileName: string,
    readonly header: string[],
    private readonly enricher: PointEnricher,
    private readonly onBlock: (batch: IncidentBatch) => void,
    // Blocks of 262,144 records: DuckDB compresses each insert, and four inserts per million cost half what sixteen do.
    blockSize = 262_144,
  ) {
    this.col = columnIndex(header, fileName);
    this.out = new BatchBuilder(blockSize);
    const textColumns = (['Crime ID', 'Falls within', 'Location', 'LSOA code', 'LSOA name', 'Last outcome category'] as const).map((c) => this.col[c]);
    this.fast = {
      starts: new Int32Array(header.length + 1),
      ranges: new Int32Array(12),
      used: [...REQUIRED.map((c) => this.col[c]), ...textColumns].filter((c) => c >= 0),
      textColumns,
      categories: new BytesMap(),
      points: new BytesMap(),
      forces: new BytesMap(),
    };
  }

  /** True when the fast path can read this file's lines: longitude and latitude side by side, as police.uk has them. */
  get fastPathFits(): boolean {
    return this.col.Latitude === this.col.Longitude + 1;
  }

  add(rows: string[][], firstRow: number): void {
    const { col, out, skips, enricher } = this;
    const width = this.header.length;
    const field = (row: string[], c: Column) => (col[c] >= 0 ? (row[col[c]] ?? '').trim() : '');
    this.rowsRead += rows.length;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const rowNumber = firstRow + r;
      if (row.length !== width) {
        skips.add(rowNumber, `has ${row.length} fields where the header has ${width}`);
        continue;
      }
      const monthText = field(row, 'Month');
      let month = this.monthText.get(monthText);
      if (month === undefined && !this.monthText.has(monthText)) this.monthText.set(monthText, (month = parseMonth(monthText)));
      if (month === undefined) {
        skips.add(rowNumber, 'is not a month in the form YYYY-MM', 'Month');
        continue;
      }
      const category = categoryId(field(row, 'Crime type'));
      if (category === undefined) {
        skips.add(rowNumber, 'is not one of the 14 police.uk crime types', 'Crime type');
        continue;
      }
      const lonText = field(row, 'Longitude');
      const latText = field(row, 'Latitude');
      let place: PointInfo | typeof NO_PLACE = NO_PLACE;
      if (lonText !== '' || latText !== '') {
        const key = `${lonText},${latText}`;
        let info = enricher.cached(key);
        if (!info) {
          const px = parseCoordinate(lonText, -180, 180);
          if (px === undefined) {
            skips.add(rowNumber, 'is not a longitude between -180 and 180', 'Longitude');
            continue;
          }
          const py = parseCoordinate(latText, -90, 90);
          if (py === undefined) {
            skips.add(rowNumber, 'is not a latitude between -90 and 90', 'Latitude');
            continue;
          }
          info = enricher.lookup(key, px, py);
        }
        if (info.ward < 0) {
          out.addOutside(month);
          continue;
        }
        place = info;
      }
      out.push({
        month,
        category,
        lon: place.lon,
        lat: place.lat,
        place,
        crimeId: field(row, 'Crime ID'),
        force: field(row, 'Falls within'),
        location: field(row, 'Location'),
        lsoaCode: field(row, 'LSOA code'),
        lsoaName: field(row, 'LSOA name'),
        outcome: field(row, 'Last outcome category'),
      });
      if (out.full) this.onBlock(out.takeBlock());
    }
  }

  /**
   * The fast path for one line of a police.uk CSV as downloaded (ASCII, commas, no quotes): the record is
   * validated and stored from the bytes, with no strings made except on first sight of a crime type, force
   * or map point. Returns false, having done nothing, for any line it is not sure of; the caller then
   * passes the line to `add` as text, which applies every rule and gives every message.
   */
  addLine(src: Uint8Array, start: number, end: number): boolean {
    const fast = this.fast;
    const width = this.header.length;
    const at = fast.starts;
    let f = 0;
    at[0] = start;
    for (let i = start; i < end; i++) {
      const b = src[i];
      if (b === 44) {
        if (++f >= width) return false;
        at[f] = i + 1;
      } else if (b >= 0x80 || b === 13) return false;
    }
    if (f !== width - 1) return false;
    at[width] = end + 1;
    // Field c spans at[c] up to at[c + 1] - 1 (the comma).
    const col = this.col;
    // Fields the text path would trim are left to it.
    const used = fast.used;
    for (let k = 0; k < used.length; k++) {
      const s = at[used[k]];
      const e = at[used[k] + 1] - 1;
      if (e > s && (src[s] <= 32 || src[e - 1] <= 32)) return false;
    }
    const ms = at[col.Month];
    if (at[col.Month + 1] - 1 - ms !== 7 || src[ms + 4] !== 45) return false;
    const year = digits(src, ms, 4);
    const mon = digits(src, ms + 5, 2);
    if (year < 1970 || year > 2200 || mon < 1 || mon > 12) return false;
    const month = (year - 1970) * 12 + mon - 1;

    const ts = at[col['Crime type']];
    const te = at[col['Crime type'] + 1] - 1;
    let category = fast.categories.get(src, ts, te);
    if (category === undefined) {
      category = categoryId(latin1(src, ts, te));
      if (category === undefined) return false;
      fast.categories.set(src, ts, te, category);
    }

    const xs = at[col.Longitude];
    const xe = at[col.Longitude + 1] - 1;
    const ye = at[col.Latitude + 1] - 1;
    let place: PointInfo | typeof NO_PLACE = NO_PLACE;
    if (xe > xs || ye > at[col.Latitude]) {
      let info = fast.points.get(src, xs, ye);
      if (!info) {
        const lonText = latin1(src, xs, xe);
        const latText = latin1(src, at[col.Latitude], ye);
        info = this.enricher.cached(`${lonText},${latText}`);
        if (!info) {
          const px = parseCoordinate(lonText, -180, 180);
          const py = parseCoordinate(latText, -90, 90);
          if (px === undefined || py === undefined) return false;
          info = this.enricher.lookup(`${lonText},${latText}`, px, py);
        }
        // Points outside the area are many in a national file: forgotten in batches, as the enricher does.
        if (info.ward < 0 && fast.points.size >= OUTSIDE_KEPT) fast.points.clear();
        fast.points.set(src, xs, ye, info);
      }
      if (info.ward < 0) {
        this.rowsRead++;
        this.out.addOutside(month);
        return true;
      }
      place = info;
    }

    let force = '';
    if (col['Falls within'] >= 0) {
      const fs = at[col['Falls within']];
      const fe = at[col['Falls within'] + 1] - 1;
      const known = fast.forces.get(src, fs, fe);
      if (known === undefined) fast.forces.set(src, fs, fe, (force = latin1(src, fs, fe)));
      else force = known;
    }
    const ranges = fast.ranges;
    const text = fast.textColumns;
    for (let k = 0; k < text.length; k++) {
      ranges[2 * k] = text[k] < 0 ? -1 : at[text[k]];
      ranges[2 * k + 1] = text[k] < 0 ? -1 : at[text[k] + 1] - 1;
    }
    this.rowsRead++;
    this.out.pushRaw(month, category, place, force, src, ranges);
    if (this.out.full) this.onBlock(this.out.takeBlock());
    return true;
  }

  /** Hands on the last block and reports what happened to every row. */
  finish(): { report: LoadReport; forceMonths: ForceMonth[] } {
    if (this.rowsRead === 0) throw new FileError(this.fileName, 'has a header but no records', 1);
    if (this.out.held > 0) this.onBlock(this.out.takeBlock(true));
    return { report: this.out.report(this.fileName, this.rowsRead, this.skips), forceMonths: this.out.forceMonths() };
  }
}

/** The number written in `n` ASCII digits at `start`, or −1 when they are not all digits. */
function digits(src: Uint8Array, start: number, n: number): number {
  let v = 0;
  for (let i = start; i < start + n; i++) {
    const d = src[i] - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** ASCII bytes as a string (the fast path has checked they are ASCII). */
const latin1 = (src: Uint8Array, start: number, end: number) => String.fromCharCode.apply(null, src.subarray(start, end) as unknown as number[]);

/** A whole police.uk table at once (Parquet, Arrow, tests): one batch and its report. */
export function readPoliceUk(table: TabularFile, enricher: PointEnricher): ParsedFile {
  const blocks: IncidentBatch[] = [];
  const reader = new PoliceUkReader(table.name, table.header, enricher, (b) => blocks.push(b), Math.max(1, table.rows.length));
  reader.add(table.rows, 2);
  const { report } = reader.finish();
  return { batch: concatBatches(blocks), report };
}
