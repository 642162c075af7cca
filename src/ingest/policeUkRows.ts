import { categoryId } from '../domain/categories';
import { formatMonth, parseMonth } from '../domain/months';
import { FileError } from './fileError';
import type { IncidentBatch } from './incidentBatch';
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
  const month = new Int16Array(n);
  const category = new Int8Array(n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const ward = new Int16Array(n);
  const cell = new BigUint64Array(n);
  const point = new Int32Array(n);
  const crimeId: string[] = [];
  const force: string[] = [];
  const location: string[] = [];
  const lsoaCode: string[] = [];
  const lsoaName: string[] = [];
  const outcome: string[] = [];

  const skips = new SkipCollector();
  const months = new Set<number>();
  const forces = new Set<string>();
  let kept = 0;
  let noLocation = 0;
  let outsideArea = 0;

  for (let r = 0; r < n; r++) {
    const row = table.rows[r];
    const rowNumber = r + 2;
    if (row.length !== header.length) {
      skips.add(rowNumber, `has ${row.length} fields where the header has ${header.length}`);
      continue;
    }
    const m = parseMonth(field(row, 'Month'));
    if (m === undefined) {
      skips.add(rowNumber, 'is not a month in the form YYYY-MM', 'Month');
      continue;
    }
    const cat = categoryId(field(row, 'Crime type'));
    if (cat === undefined) {
      skips.add(rowNumber, 'is not one of the 14 police.uk crime types', 'Crime type');
      continue;
    }
    const lonText = field(row, 'Longitude');
    const latText = field(row, 'Latitude');
    let info = { ward: -1, cell: 0n, point: -1 };
    let x = NaN;
    let y = NaN;
    if (lonText === '' && latText === '') {
      noLocation++;
    } else {
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
      info = enricher.lookup(`${lonText},${latText}`, px, py);
      if (info.ward < 0) {
        outsideArea++;
        continue;
      }
      x = px;
      y = py;
    }
    const k = kept++;
    month[k] = m;
    category[k] = cat;
    lon[k] = x;
    lat[k] = y;
    ward[k] = info.ward;
    cell[k] = info.cell;
    point[k] = info.point;
    crimeId.push(field(row, 'Crime ID'));
    const f = field(row, 'Falls within');
    force.push(f);
    location.push(field(row, 'Location'));
    lsoaCode.push(field(row, 'LSOA code'));
    lsoaName.push(field(row, 'LSOA name'));
    outcome.push(field(row, 'Last outcome category'));
    months.add(m);
    forces.add(f);
  }

  const batch: IncidentBatch = {
    length: kept,
    month: month.slice(0, kept),
    category: category.slice(0, kept),
    lon: lon.slice(0, kept),
    lat: lat.slice(0, kept),
    ward: ward.slice(0, kept),
    cell: cell.slice(0, kept),
    point: point.slice(0, kept),
    crimeId,
    force,
    location,
    lsoaCode,
    lsoaName,
    outcome,
  };
  const report: LoadReport = {
    fileName,
    rowsRead: n,
    kept,
    mapped: kept - noLocation,
    noLocation,
    outsideArea,
    skipped: skips.list(),
    months: [...months].sort((a, b) => a - b).map(formatMonth),
    forces: [...forces].sort(),
  };
  return { batch, report };
}
