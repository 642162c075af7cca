// An independent count of the police.uk files, for checking the app's ingest, ward assignment and SQL.
// Deliberately shares no code with src/: its own CSV splitter, its own ray-casting point-in-polygon, and
// H3 cells from h3-js latLngToCell of each point at each resolution (never a parent of a finer cell).
import { readdirSync, readFileSync } from 'node:fs';
import { latLngToCell } from 'h3-js';
import { join } from 'node:path';

type Ring = [number, number][];
interface WardShape {
  code: string;
  name: string;
  polygons: Ring[][];
}

const root = join(import.meta.dirname, '..');

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function insideRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(x: number, y: number, rings: Ring[]): boolean {
  return insideRing(x, y, rings[0]) && !rings.slice(1).some((hole) => insideRing(x, y, hole));
}

/** The ward GeoJSON the app ships, as parsed JSON (the oracles read the file, not the app's bundle). */
export function readWardCollection() {
  return JSON.parse(readFileSync(join(root, 'data/boundaries/thanet_wards_wd13.geojson'), 'utf8'));
}

export function loadWardShapes(): WardShape[] {
  const fc = readWardCollection();
  return fc.features.map((f: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }) => ({
    code: f.properties.WD13CD,
    name: f.properties.WD13NM,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]),
  }));
}

export function wardNameAt(x: number, y: number, wards = loadWardShapes()): string | undefined {
  return wards.find((w) => w.polygons.some((p) => insidePolygon(x, y, p)))?.name;
}

/** The LSOA (2011) holding a point, by the same ray casting over the LSOA GeoJSON the app ships; undefined in none. */
export function independentLsoaCounts(records: readonly IndependentRecord[]): Map<string, number> {
  const fc = JSON.parse(readFileSync(join(root, 'data/boundaries/thanet_lsoa11.geojson'), 'utf8'));
  const lsoas = fc.features.map((f: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }) => ({
    code: f.properties.LSOA11CD,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]),
  })) as { code: string; polygons: Ring[][] }[];
  const byPoint = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const r of records) {
    if (r.lon === null || r.lat === null || r.ward === undefined) continue;
    const key = `${r.lon},${r.lat}`;
    let code = byPoint.get(key);
    if (code === undefined) {
      code = lsoas.find((l) => l.polygons.some((p) => insidePolygon(r.lon!, r.lat!, p)))?.code ?? '';
      byPoint.set(key, code);
    }
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** One police.uk row as the oracle sees it. */
export interface IndependentRecord {
  month: string;
  type: string;
  /** null when the row has no readable location (both coordinates empty, or either not a number). */
  lon: number | null;
  lat: number | null;
  /** The ward holding the point; undefined without a location or outside every ward (the app skips those). */
  ward: string | undefined;
  /** h3-js latLngToCell(lat, lon, res) of the point itself at res 7..10 (index res − 7); null without location. */
  cells: string[] | null;
}

export const ORACLE_RESOLUTIONS = [7, 8, 9, 10] as const;

/** Every row of every file in data/police-uk, with its ward and its exact H3 cells (cached per map point). */
export function independentRecords(): IndependentRecord[] {
  const wards = loadWardShapes();
  const dir = join(root, 'data/police-uk');
  const places = new Map<string, Pick<IndependentRecord, 'lon' | 'lat' | 'ward' | 'cells'>>();
  const records: IndependentRecord[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
    const header = splitCsvLine(lines[0].replace(/^\uFEFF/, ''));
    const [iMonth, iLon, iLat, iType] = ['Month', 'Longitude', 'Latitude', 'Crime type'].map((c) => header.indexOf(c));
    for (const line of lines.slice(1)) {
      const f = splitCsvLine(line);
      const key = `${f[iLon]},${f[iLat]}`;
      let place = places.get(key);
      if (!place) {
        const lon = f[iLon].trim() === '' ? NaN : Number(f[iLon]);
        const lat = f[iLat].trim() === '' ? NaN : Number(f[iLat]);
        place =
          Number.isFinite(lon) && Number.isFinite(lat)
            ? { lon, lat, ward: wardNameAt(lon, lat, wards), cells: ORACLE_RESOLUTIONS.map((r) => latLngToCell(lat, lon, r)) }
            : { lon: null, lat: null, ward: undefined, cells: null };
        places.set(key, place);
      }
      records.push({ month: f[iMonth], type: f[iType], ...place });
    }
  }
  return records;
}

/** Counts per "ward name|YYYY-MM|crime type" over every row of every file in data/police-uk. */
export function independentCounts(records = independentRecords()): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = `${r.ward}|${r.month}|${r.type}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/** What a map view counts: absent fields mean every month, crime type or ward. */
export interface OracleView {
  months?: readonly string[];
  types?: readonly string[];
  wards?: readonly string[];
}

/** The months from `from` to `to` inclusive, as YYYY-MM (gap months included: they simply hold no rows). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  for (let ym = from; ym <= to; ym = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(ym);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Records per H3 cell (h3-js string) at `res` for a view. As on the app's map, only records placed in a
 * ward count: rows without a location and points outside every ward are not on the map.
 */
export function independentCellCounts(records: readonly IndependentRecord[], res: number, view: OracleView = {}): Map<string, number> {
  const at = ORACLE_RESOLUTIONS.indexOf(res as (typeof ORACLE_RESOLUTIONS)[number]);
  if (at < 0) throw new Error(`the oracle counts resolutions ${ORACLE_RESOLUTIONS.join(', ')}, not ${res}`);
  const months = view.months && new Set(view.months);
  const types = view.types && new Set(view.types);
  const wards = view.wards && new Set(view.wards);
  const counts = new Map<string, number>();
  for (const r of records) {
    if (!r.cells || r.ward === undefined) continue;
    if ((months && !months.has(r.month)) || (types && !types.has(r.type)) || (wards && !wards.has(r.ward))) continue;
    counts.set(r.cells[at], (counts.get(r.cells[at]) ?? 0) + 1);
  }
  return counts;
}

/** Total for some wards, an inclusive month range and (optionally) some crime types. */
export function independentTotal(
  counts: Map<string, number>,
  wardNames: string[],
  from: string,
  to: string,
  types?: string[],
): number {
  let n = 0;
  for (const [k, v] of counts) {
    const [ward, month, type] = k.split('|');
    if (wardNames.includes(ward) && month >= from && month <= to && (!types || types.includes(type))) n += v;
  }
  return n;
}

/**
 * Sorts police.uk CSV data lines (plainly split: the generators write no quotes) into inside the wards,
 * without a location, and elsewhere — its own ray casting, cached per map point.
 */
export class WardLineCounter {
  readonly n = { rows: 0, inside: 0, noLocation: 0, outside: 0 };
  private readonly seen = new Map<string, boolean>();

  constructor(private readonly wards = loadWardShapes()) {}

  add(line: string): void {
    if (line === '') return;
    this.n.rows++;
    const f = line.split(',');
    if (f[4] === '' && f[5] === '') {
      this.n.noLocation++;
      return;
    }
    const key = `${f[4]},${f[5]}`;
    if (!this.seen.has(key)) this.seen.set(key, wardNameAt(Number(f[4]), Number(f[5]), this.wards) !== undefined);
    if (this.seen.get(key)) this.n.inside++;
    else this.n.outside++;
  }
}
