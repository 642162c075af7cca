import { makeVector, Table, tableToIPC } from 'apache-arrow';
import type { AreaIndex } from '../../geo/areaIndex';
import { bngToWgs84, isPlausibleBng } from '../formats/bng';
import { parseDateTime } from '../formats/dateTime';
import { FileError } from '../../domain/fileError';
import { h3Vectors, utf8Vector } from '../records/incidentBatch';
import { H3_RESOLUTIONS } from '../../domain/h3Resolutions';
import { NO_CELLS } from '../../geo/pointCells';
import { SkipCollector, type LoadReport } from '../records/loadReport';
import type { PointEnricher } from '../records/pointEnricher';
import type { TabularFile } from '../formats/tabular';

import { PERCEPTION_TEMPLATE_COLUMNS } from './template';
export { PERCEPTION_TEMPLATE, PERCEPTION_TEMPLATE_COLUMNS } from './template';

/** Survey answers, column by column; sentinels as in IncidentBatch (NaN, −1, 0n, ''). */
export interface PerceptionBatch {
  length: number;
  lon: Float64Array;
  lat: Float64Array;
  ward: Int16Array;
  /** The answer's H3 cell at each offered resolution (index: resolutionSlot); 0 when it names only a ward. */
  h3: BigUint64Array[];
  unsafe: Int8Array;
  hour: Int8Array;
  dateMs: Float64Array;
  ageBand: string[];
  dayNight: string[];
  reason: string[];
  comment: string[];
}

/** Night for a clock time: 19:00–06:59, when the VAWG survey's "unsafe at night" applies. */
export function isNightHour(hour: number): boolean {
  return hour >= 19 || hour < 7;
}

const YES = new Set(['yes', 'y', 'true', '1', 'unsafe']);
const NO = new Set(['no', 'n', 'false', '0', 'safe']);

/**
 * Reads a perception survey table. Each answer is placed by latitude/longitude, else by British National
 * Grid easting/northing, else by ward name only (then it counts for its ward but has no cell). Answers outside
 * the area, unknown wards and unreadable rows are counted, never silently dropped.
 */
export function readPerception(table: TabularFile, area: AreaIndex, enricher: PointEnricher): { batch: PerceptionBatch; report: LoadReport } {
  const names = table.header.map((h) => h.trim().toLowerCase());
  const idx = Object.fromEntries(PERCEPTION_TEMPLATE_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<(typeof PERCEPTION_TEMPLATE_COLUMNS)[number], number>;
  if (idx.feels_unsafe < 0) {
    throw new FileError(table.name, 'this is not a perception file: the header (row 1) has no "feels_unsafe" column (see the template)', 1, 'feels_unsafe');
  }
  const get = (row: string[], c: keyof typeof idx) => (idx[c] >= 0 ? (row[idx[c]] ?? '').trim() : '');
  const wardByName = new Map(area.wards.map((w) => [w.name.toLowerCase(), w.index]));

  const n = table.rows.length;
  const b: PerceptionBatch = {
    length: 0,
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    ward: new Int16Array(n),
    h3: H3_RESOLUTIONS.map(() => new BigUint64Array(n)),
    unsafe: new Int8Array(n),
    hour: new Int8Array(n),
    dateMs: new Float64Array(n),
    ageBand: [],
    dayNight: [],
    reason: [],
    comment: [],
  };
  const skips = new SkipCollector();
  let outsideArea = 0;
  let wardOnly = 0;
  for (let r = 0; r < n; r++) {
    const row = table.rows[r];
    const rowNumber = r + 2;
    const answer = get(row, 'feels_unsafe').toLowerCase();
    if (!YES.has(answer) && !NO.has(answer)) {
      skips.add(rowNumber, 'is not yes or no', 'feels_unsafe');
      continue;
    }
    let lon = NaN;
    let lat = NaN;
    const [latText, lonText, eText, nText] = [get(row, 'location_lat'), get(row, 'location_lon'), get(row, 'easting'), get(row, 'northing')];
    if (latText && lonText) {
      [lon, lat] = [Number(lonText), Number(latText)];
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        skips.add(rowNumber, 'is not a latitude/longitude', 'location_lat');
        continue;
      }
    } else if (eText && nText) {
      const [e, no] = [Number(eText), Number(nText)];
      if (!Number.isFinite(e) || !Number.isFinite(no) || !isPlausibleBng(e, no)) {
        skips.add(rowNumber, 'is not a British National Grid easting/northing', 'easting');
        continue;
      }
      [lon, lat] = bngToWgs84(e, no);
    }
    let ward: number;
    let cells: readonly bigint[] = NO_CELLS;
    if (Number.isFinite(lon)) {
      const info = enricher.lookup(`${lon.toFixed(7)},${lat.toFixed(7)}`, lon, lat);
      if (info.ward < 0) {
        outsideArea++;
        continue;
      }
      ward = info.ward;
      cells = info.cells;
    } else {
      const w = wardByName.get(get(row, 'ward').toLowerCase());
      if (w === undefined) {
        skips.add(rowNumber, get(row, 'ward') ? 'is not a ward of the area' : 'no location: give lat/lon, easting/northing or a ward', 'ward');
        continue;
      }
      ward = w;
      wardOnly++;
    }
    const time = get(row, 'time_of_day').toLowerCase();
    const clock = /^(\d{1,2}):(\d{2})$/.exec(time);
    const hour = clock && Number(clock[1]) < 24 ? Number(clock[1]) : -1;
    const dayNight = time === 'day' || time === 'night' ? time : hour >= 0 ? (isNightHour(hour) ? 'night' : 'day') : '';
    const k = b.length++;
    b.lon[k] = lon;
    b.lat[k] = lat;
    b.ward[k] = ward;
    for (let i = 0; i < b.h3.length; i++) b.h3[i][k] = cells[i];
    b.unsafe[k] = YES.has(answer) ? 1 : 0;
    b.hour[k] = hour;
    b.dateMs[k] = parseDateTime(get(row, 'date')) ?? NaN;
    b.ageBand.push(get(row, 'age_band'));
    b.dayNight.push(dayNight);
    b.reason.push(get(row, 'reason'));
    b.comment.push(get(row, 'comment'));
  }
  const kept = b.length;
  const trim = <T extends Float64Array | Int16Array | Int8Array | BigUint64Array>(a: T) => a.slice(0, kept) as T;
  const batch: PerceptionBatch = {
    ...b,
    lon: trim(b.lon),
    lat: trim(b.lat),
    ward: trim(b.ward),
    h3: b.h3.map(trim),
    unsafe: trim(b.unsafe),
    hour: trim(b.hour),
    dateMs: trim(b.dateMs),
  };
  const report: LoadReport = {
    fileName: table.name,
    rowsRead: n,
    kept,
    mapped: kept - wardOnly,
    noLocation: wardOnly,
    outsideArea,
    skipped: skips.list(),
    months: [],
    forces: [],
  };
  return { batch, report };
}

/** A GeoJSON FeatureCollection of answer points as a table in the template's columns. */
export function geoJsonPerceptionTable(text: string, name: string): TabularFile {
  let fc: { features?: { geometry?: { type?: string; coordinates?: number[] }; properties?: Record<string, unknown> }[] };
  try {
    fc = JSON.parse(text);
  } catch (err) {
    throw new FileError(name, `is not valid GeoJSON (${(err as Error).message})`);
  }
  if (!Array.isArray(fc.features)) throw new FileError(name, 'is not a GeoJSON FeatureCollection');
  const header = [...PERCEPTION_TEMPLATE_COLUMNS];
  const rows = fc.features.map((f) => {
    const p = f.properties ?? {};
    const [lon, lat] = f.geometry?.type === 'Point' ? (f.geometry.coordinates ?? []) : [];
    return header.map((c) =>
      c === 'location_lon' ? (lon === undefined ? '' : String(lon)) : c === 'location_lat' ? (lat === undefined ? '' : String(lat)) : String(p[c] ?? ''),
    );
  });
  return { name, header, rows };
}

export function perceptionToArrowIPC(b: PerceptionBatch): Uint8Array {
  return tableToIPC(
    new Table({
      lon: makeVector(b.lon),
      lat: makeVector(b.lat),
      ward_idx: makeVector(b.ward),
      ...h3Vectors(b.h3),
      unsafe: makeVector(b.unsafe),
      hour: makeVector(b.hour),
      date_ms: makeVector(b.dateMs),
      age_band: utf8Vector(b.ageBand),
      day_night: utf8Vector(b.dayNight),
      reason: utf8Vector(b.reason),
      comment: utf8Vector(b.comment),
    }),
    'stream',
  );
}
