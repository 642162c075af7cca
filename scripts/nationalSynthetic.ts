// A seeded SYNTHETIC national street-level extract (England & Wales), written month by month in chunks so
// that ten million records never sit in memory at once. Laid out as a data.police.uk zip unpacks:
// <out>/<YYYY-MM>/<YYYY-MM>-synthetic-street.csv. Every row is labelled synthetic (force and Context).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { POLICE_UK_CATEGORIES } from '../src/domain/categories';
import { formatMonth, parseMonth } from '../src/domain/months';
import { SYNTHETIC_CONTEXT } from '../src/domain/synthetic';
import { HEADER, resampledThanetLines, seededRandom, SYNTHETIC_FORCE } from './synthetic';

/** England & Wales, roughly: where the synthetic points fall. */
export const ENGLAND_WALES_BBOX: [number, number, number, number] = [-5.7, 50.0, 1.8, 55.8];

export interface NationalOptions {
  from?: string;
  to?: string;
  seed?: number;
  /** Share of records resampled from the real Thanet rows: Thanet is ~22k of ~6M records a year nationally. */
  thanetShare?: number;
  /** Share of records with no coordinates ("No Location"), as police.uk publishes a few per cent. */
  noLocationShare?: number;
}

export interface NationalSummary {
  records: number;
  thanet: number;
  noLocation: number;
  files: string[];
}

const OUTCOMES = ['Investigation complete; no suspect identified', 'Unable to prosecute suspect', 'Under investigation', 'Offender given a caution', 'Awaiting court outcome'];
const CHUNK = 20_000;

/** Seeded towns: records cluster around them (police.uk points are snapped to map points near streets). */
function towns(rand: () => number, count = 400): { lon: number; lat: number; spread: number; weight: number }[] {
  const [x0, y0, x1, y1] = ENGLAND_WALES_BBOX;
  const out = Array.from({ length: count }, () => ({
    lon: x0 + rand() * (x1 - x0),
    lat: y0 + rand() * (y1 - y0),
    spread: 0.01 + rand() * 0.06,
    weight: Math.pow(rand(), 3), // a few cities, many small towns
  }));
  let total = 0;
  for (const t of out) total += t.weight;
  let running = 0;
  for (const t of out) t.weight = (running += t.weight / total);
  return out;
}

function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function hexId(rand: () => number): string {
  let id = '';
  for (let i = 0; i < 8; i++) id += Math.floor(rand() * 0x100000000).toString(16).padStart(8, '0');
  return id;
}

/** One synthetic record somewhere in England & Wales (not drawn from Thanet's rows). */
function elsewhereLine(rand: () => number, month: string, placed: ReturnType<typeof towns>): string {
  const category = POLICE_UK_CATEGORIES[Math.floor(rand() * POLICE_UK_CATEGORIES.length)];
  const id = category === 'Anti-social behaviour' ? '' : hexId(rand);
  const outcome = id ? OUTCOMES[Math.floor(rand() * OUTCOMES.length)] : '';
  const [x0, y0, x1, y1] = ENGLAND_WALES_BBOX;
  let lon: number;
  let lat: number;
  if (rand() < 0.2) {
    lon = x0 + rand() * (x1 - x0);
    lat = y0 + rand() * (y1 - y0);
  } else {
    const pick = rand();
    const town = placed.find((t) => t.weight >= pick) ?? placed[placed.length - 1];
    lon = Math.min(x1, Math.max(x0, town.lon + gaussian(rand) * town.spread * 1.6));
    lat = Math.min(y1, Math.max(y0, town.lat + gaussian(rand) * town.spread));
  }
  const street = Math.floor(rand() * 5000);
  return `${id},${month},${SYNTHETIC_FORCE},${SYNTHETIC_FORCE},${lon.toFixed(6)},${lat.toFixed(6)},On or near Synthetic Street ${street},E01000000,Synthetic 000A,${category},${outcome},${SYNTHETIC_CONTEXT}`;
}

function noLocationLine(rand: () => number, month: string): string {
  const category = POLICE_UK_CATEGORIES[1 + Math.floor(rand() * (POLICE_UK_CATEGORIES.length - 1))];
  return `${hexId(rand)},${month},${SYNTHETIC_FORCE},${SYNTHETIC_FORCE},,,No Location,,,${category},Under investigation,${SYNTHETIC_CONTEXT}`;
}

/**
 * Writes `records` synthetic rows spread evenly over the months from `from` to `to`. Thanet's share is
 * resampled from the real Thanet rows (scripts/synthetic.ts), interleaved at random positions.
 */
export function writeNationalSynthetic(outDir: string, records: number, options: NationalOptions = {}): NationalSummary {
  const { from = '2015-01', to = '2019-12', seed = 20200101, thanetShare = 0.0037, noLocationShare = 0.015 } = options;
  const first = parseMonth(from);
  const last = parseMonth(to);
  if (first === undefined || last === undefined || last < first) throw new Error(`bad month range ${from}..${to}`);
  const span = last - first + 1;
  const rand = seededRandom(seed);
  const placed = towns(rand);
  const summary: NationalSummary = { records: 0, thanet: 0, noLocation: 0, files: [] };
  for (let m = 0; m < span; m++) {
    const month = formatMonth(first + m);
    const count = Math.floor(records / span) + (m < records % span ? 1 : 0);
    const thanet = resampledThanetLines(Math.round(count * thanetShare), month, month, seed + m + 1);
    // Thanet rows go to random positions: `slots` marks which of the month's rows are Thanet's.
    const slots = new Set<number>();
    while (slots.size < thanet.length) slots.add(Math.floor(rand() * count));
    const dir = join(outDir, month);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${month}-synthetic-street.csv`);
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, HEADER + '\n');
      let chunk: string[] = [];
      let nextThanet = 0;
      for (let i = 0; i < count; i++) {
        if (slots.has(i)) {
          chunk.push(thanet[nextThanet++]);
        } else if (rand() < noLocationShare) {
          chunk.push(noLocationLine(rand, month));
          summary.noLocation++;
        } else chunk.push(elsewhereLine(rand, month, placed));
        if (chunk.length === CHUNK) {
          writeSync(fd, chunk.join('\n') + '\n');
          chunk = [];
        }
      }
      if (chunk.length) writeSync(fd, chunk.join('\n') + '\n');
    } finally {
      closeSync(fd);
    }
    summary.records += count;
    summary.thanet += thanet.length;
    summary.files.push(file);
  }
  return summary;
}
