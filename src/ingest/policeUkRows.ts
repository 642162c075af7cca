import { categoryId } from '../domain/categories';
import { parseMonth } from '../domain/months';
import { FileError } from './fileError';
import type { IncidentBatch } from './incidentBatch';
import { BatchBuilder, NO_PLACE, type IncidentRecord } from './batchBuilder';
import { SkipCollector, type LoadReport } from './loadReport';
import type { PointEnricher } from './pointEnricher';
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
 * Validates every row of a police.uk street-level table (a CSV as downloaded, or the same columns in Parquet
 * or Arrow) and places each kept record in a ward and a fine H3 cell. Rows that cannot be used are counted by
 * reason; nothing is de-duplicated (police.uk has many genuinely identical rows). Pass one enricher to
 * every file of a load so that map-point numbers agree across them.
 */
export function readPoliceUk(table: TabularFile, enricher: PointEnricher): ParsedFile {
  const { name: fileName, header } = table;
  const col = columnIndex(header, fileName);
  const field = (row: string[], c: Column) => (col[c] >= 0 ? (row[col[c]] ?? '').trim() : '');

  const n = table.rows.length;
  if (n === 0) throw new FileError(fileName, 'has a header but no records', 1);
  const out = new BatchBuilder(n);
  const skips = new SkipCollector();
  for (let r = 0; r < n; r++) {
    const row = table.rows[r];
    const rowNumber = r + 2;
    if (row.length !== header.length) {
      skips.add(rowNumber, `has ${row.length} fields where the header has ${header.length}`);
      continue;
    }
    const month = parseMonth(field(row, 'Month'));
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
    let place: IncidentRecord['place'] = NO_PLACE;
    let lon = NaN;
    let lat = NaN;
    if (lonText !== '' || latText !== '') {
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
      place = enricher.lookup(`${lonText},${latText}`, px, py);
      if (place.ward < 0) {
        out.outsideArea++;
        continue;
      }
      [lon, lat] = [px, py];
    }
    out.push({
      month,
      category,
      lon,
      lat,
      place,
      crimeId: field(row, 'Crime ID'),
      force: field(row, 'Falls within'),
      location: field(row, 'Location'),
      lsoaCode: field(row, 'LSOA code'),
      lsoaName: field(row, 'LSOA name'),
      outcome: field(row, 'Last outcome category'),
    });
  }
  return out.finish(fileName, n, skips);
}
