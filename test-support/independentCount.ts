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

export function splitCsvLine(line: string): string[] {
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

function loadShapes(file: string, codeProperty: string, nameProperty: string): WardShape[] {
  const fc = JSON.parse(readFileSync(join(root, file), 'utf8'));
  return fc.features.map((f: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }) => ({
    code: f.properties[codeProperty],
    name: f.properties[nameProperty],
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]),
  }));
}

export function loadWardShapes(): WardShape[] {
  return loadShapes('data/boundaries/thanet_wards_wd13.geojson', 'WD13CD', 'WD13NM');
}

export function wardNameAt(x: number, y: number, wards = loadWardShapes()): string | undefined {
  return wards.find((w) => w.polygons.some((p) => insidePolygon(x, y, p)))?.name;
}

/** The LSOA (2011) holding a point, by the same ray casting over the LSOA GeoJSON the app ships; undefined in none. */
export function independentLsoaCounts(records: readonly IndependentRecord[]): Map<string, number> {
  const lsoas = loadShapes('data/boundaries/thanet_lsoa11.geojson', 'LSOA11CD', 'LSOA11NM');
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

// ---------------------------------------------------------------------------------------------------------------
// Ward populations and the perception survey, for checking the ward-level comparison by rate.

/**
 * Residents per ward name: each LSOA of `data/boundaries/thanet_lsoa11.geojson` goes whole to the ward holding
 * most of its area, judged on a 40 × 40 grid of points over the LSOA's bounding box (the app instead asks which
 * ward holds one point inside the LSOA), and its mid-2019 population is added to that ward.
 */
export function independentWardPopulations(wards = loadWardShapes()): Map<string, number> {
  const lsoas = loadShapes('data/boundaries/thanet_lsoa11.geojson', 'LSOA11CD', 'LSOA11NM');
  const lines = readFileSync(join(root, 'data/context/thanet_lsoa11_population_mid2019.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0]);
  const [iCode, iPop] = ['lsoa', 'pop'].map((c) => header.indexOf(c));
  const population = new Map(lines.slice(1).map((l) => splitCsvLine(l)).map((f) => [f[iCode], Number(f[iPop].replace(/,/g, ''))]));
  const out = new Map<string, number>(wards.map((w) => [w.name, 0]));
  const steps = 40;
  for (const lsoa of lsoas) {
    const xs = lsoa.polygons.flatMap((p) => p[0].map((c) => c[0]));
    const ys = lsoa.polygons.flatMap((p) => p[0].map((c) => c[1]));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const votes = new Map<string, number>();
    for (let i = 0; i < steps; i++) {
      for (let j = 0; j < steps; j++) {
        const x = x0 + ((i + 0.5) * (x1 - x0)) / steps;
        const y = y0 + ((j + 0.5) * (y1 - y0)) / steps;
        if (!lsoa.polygons.some((p) => insidePolygon(x, y, p))) continue;
        const ward = wardNameAt(x, y, wards);
        if (ward) votes.set(ward, (votes.get(ward) ?? 0) + 1);
      }
    }
    const best = [...votes].sort((a, b) => b[1] - a[1])[0];
    const pop = population.get(lsoa.code);
    if (!best || pop === undefined) throw new Error(`LSOA ${lsoa.code}: no ward or no population`);
    out.set(best[0], out.get(best[0])! + pop);
  }
  return out;
}

const rad = Math.PI / 180;

/**
 * British National Grid easting/northing to WGS84 [lon, lat], from the formulas of the Ordnance Survey's "A guide
 * to coordinate systems in Great Britain": the inverse Transverse Mercator on Airy 1830 (iterating for the
 * latitude, then the series C.2), then the 7-parameter Helmert transformation OSGB36 → WGS84 (the guide's WGS84 →
 * OSGB36 parameters with their signs reversed) through Cartesian coordinates. Good to a few metres.
 */
export function bngToLonLat(easting: number, northing: number): [number, number] {
  const a = 6377563.396;
  const b = 6356256.909;
  const F0 = 0.9996012717;
  const phi0 = 49 * rad;
  const lambda0 = -2 * rad;
  const [E0, N0] = [400000, -100000];
  const e2 = (a * a - b * b) / (a * a);
  const n = (a - b) / (a + b);
  const meridian = (phi: number) =>
    b *
    F0 *
    ((1 + n + (5 / 4) * n ** 2 + (5 / 4) * n ** 3) * (phi - phi0) -
      (3 * n + 3 * n ** 2 + (21 / 8) * n ** 3) * Math.sin(phi - phi0) * Math.cos(phi + phi0) +
      ((15 / 8) * n ** 2 + (15 / 8) * n ** 3) * Math.sin(2 * (phi - phi0)) * Math.cos(2 * (phi + phi0)) -
      (35 / 24) * n ** 3 * Math.sin(3 * (phi - phi0)) * Math.cos(3 * (phi + phi0)));
  let phi = (northing - N0) / (a * F0) + phi0;
  while (Math.abs(northing - N0 - meridian(phi)) >= 0.00001) phi += (northing - N0 - meridian(phi)) / (a * F0);
  const s = Math.sin(phi);
  const nu = (a * F0) / Math.sqrt(1 - e2 * s * s);
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * s * s) ** 1.5;
  const eta2 = nu / rho - 1;
  const t = Math.tan(phi);
  const sec = 1 / Math.cos(phi);
  const VII = t / (2 * rho * nu);
  const VIII = (t / (24 * rho * nu ** 3)) * (5 + 3 * t * t + eta2 - 9 * t * t * eta2);
  const IX = (t / (720 * rho * nu ** 5)) * (61 + 90 * t * t + 45 * t ** 4);
  const X = sec / nu;
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * t * t);
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * t * t + 24 * t ** 4);
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * t * t + 1320 * t ** 4 + 720 * t ** 6);
  const d = easting - E0;
  const lat = phi - VII * d ** 2 + VIII * d ** 4 - IX * d ** 6;
  const lon = lambda0 + X * d - XI * d ** 3 + XII * d ** 5 - XIIA * d ** 7;
  // OSGB36 geodetic → Cartesian (height 0).
  const nuA = a / Math.sqrt(1 - e2 * Math.sin(lat) ** 2);
  const x = nuA * Math.cos(lat) * Math.cos(lon);
  const y = nuA * Math.cos(lat) * Math.sin(lon);
  const z = nuA * (1 - e2) * Math.sin(lat);
  // Helmert OSGB36 → WGS84.
  const [tx, ty, tz] = [446.448, -125.157, 542.06];
  const sc = -20.4894e-6;
  const sec2rad = rad / 3600;
  const [rx, ry, rz] = [0.1502 * sec2rad, 0.247 * sec2rad, 0.8421 * sec2rad];
  const x2 = tx + (1 + sc) * x - rz * y + ry * z;
  const y2 = ty + rz * x + (1 + sc) * y - rx * z;
  const z2 = tz - ry * x + rx * y + (1 + sc) * z;
  // WGS84 Cartesian → geodetic.
  const aW = 6378137;
  const bW = 6356752.3141;
  const e2W = (aW * aW - bW * bW) / (aW * aW);
  const p = Math.hypot(x2, y2);
  let latW = Math.atan2(z2, p * (1 - e2W));
  for (let i = 0; i < 10; i++) {
    const nuW = aW / Math.sqrt(1 - e2W * Math.sin(latW) ** 2);
    latW = Math.atan2(z2 + e2W * nuW * Math.sin(latW), p);
  }
  return [Math.atan2(y2, x2) / rad, latW / rad];
}

/**
 * Answers and "unsafe" answers per ward name from a perception survey CSV in the template's columns, by the
 * README's rules: placed by latitude/longitude, else by easting/northing, else by the ward column (a ward name,
 * matched ignoring case); feels_unsafe yes/no (other values, and answers placed in no ward, are not counted).
 */
export function independentSurveyByWard(csvText: string, wards = loadWardShapes()): Map<string, { answers: number; unsafe: number }> {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines[0]).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const [iLat, iLon, iE, iN, iWard, iUnsafe] = ['location_lat', 'location_lon', 'easting', 'northing', 'ward', 'feels_unsafe'].map(col);
  const byLowerName = new Map(wards.map((w) => [w.name.toLowerCase(), w.name]));
  const out = new Map<string, { answers: number; unsafe: number }>(wards.map((w) => [w.name, { answers: 0, unsafe: 0 }]));
  for (const line of lines.slice(1)) {
    const f = splitCsvLine(line).map((v) => v.trim());
    const answer = f[iUnsafe]?.toLowerCase();
    if (answer !== 'yes' && answer !== 'no') continue;
    let ward: string | undefined;
    if (f[iLat] && f[iLon]) ward = wardNameAt(Number(f[iLon]), Number(f[iLat]), wards);
    else if (f[iE] && f[iN]) ward = wardNameAt(...bngToLonLat(Number(f[iE]), Number(f[iN])), wards);
    else ward = byLowerName.get((f[iWard] ?? '').toLowerCase());
    if (!ward) continue;
    const w = out.get(ward)!;
    w.answers++;
    if (answer === 'yes') w.unsafe++;
  }
  return out;
}
