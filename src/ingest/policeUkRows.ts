import { categoryId } from '../domain/categories';
import { parseMonth } from '../domain/months';
import { FileError } from './fileError';
import { concatBatches, type IncidentBatch } from './incidentBatch';
import { BatchBuilder, NO_PLACE, type ForceMonth } from './batchBuilder';
import { SkipCollector, type LoadReport } from './loadReport';
import type { PointEnricher, PointInfo } from './pointEnricher';
import type { TabularFile } from './tabular';

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
 * or Arrow) as they arrive, and places each kept record in a ward and a fine H3 cell. Rows that cannot be
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

  constructor(
    private readonly fileName: string,
    private readonly header: string[],
    private readonly enricher: PointEnricher,
    private readonly onBlock: (batch: IncidentBatch) => void,
    blockSize = 65_536,
  ) {
    this.col = columnIndex(header, fileName);
    this.out = new BatchBuilder(blockSize);
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
          out.outsideArea++;
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

  /** Hands on the last block and reports what happened to every row. */
  finish(): { report: LoadReport; forceMonths: ForceMonth[] } {
    if (this.rowsRead === 0) throw new FileError(this.fileName, 'has a header but no records', 1);
    if (this.out.held > 0) this.onBlock(this.out.takeBlock());
    return { report: this.out.report(this.fileName, this.rowsRead, this.skips), forceMonths: this.out.forceMonths() };
  }
}

/** A whole police.uk table at once (Parquet, Arrow, tests): one batch and its report. */
export function readPoliceUk(table: TabularFile, enricher: PointEnricher): ParsedFile {
  const blocks: IncidentBatch[] = [];
  const reader = new PoliceUkReader(table.name, table.header, enricher, (b) => blocks.push(b), Math.max(1, table.rows.length));
  reader.add(table.rows, 2);
  const { report } = reader.finish();
  return { batch: concatBatches(blocks), report };
}
