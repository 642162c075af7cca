// An independent count of the police.uk files, for checking the app's ingest, ward assignment and SQL.
// Deliberately shares no code with src/: its own CSV splitter and its own ray-casting point-in-polygon.
import { readdirSync, readFileSync } from 'node:fs';
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

export function loadWardShapes(): WardShape[] {
  const fc = JSON.parse(readFileSync(join(root, 'data/boundaries/thanet_wards_wd13.geojson'), 'utf8'));
  return fc.features.map((f: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }) => ({
    code: f.properties.WD13CD,
    name: f.properties.WD13NM,
    polygons: f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]),
  }));
}

export function wardNameAt(x: number, y: number, wards = loadWardShapes()): string | undefined {
  return wards.find((w) => w.polygons.some((p) => insidePolygon(x, y, p)))?.name;
}

/** Counts per "ward name|YYYY-MM|crime type" over every row of every file in data/police-uk. */
export function independentCounts(): Map<string, number> {
  const wards = loadWardShapes();
  const dir = join(root, 'data/police-uk');
  const counts = new Map<string, number>();
  const wardOf = new Map<string, string | undefined>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/).filter((l) => l.length > 0);
    const header = splitCsvLine(lines[0].replace(/^\uFEFF/, ''));
    const [iMonth, iLon, iLat, iType] = ['Month', 'Longitude', 'Latitude', 'Crime type'].map((c) => header.indexOf(c));
    for (const line of lines.slice(1)) {
      const f = splitCsvLine(line);
      const key = `${f[iLon]},${f[iLat]}`;
      if (!wardOf.has(key)) wardOf.set(key, wardNameAt(Number(f[iLon]), Number(f[iLat]), wards));
      const k = `${wardOf.get(key)}|${f[iMonth]}|${f[iType]}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
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
