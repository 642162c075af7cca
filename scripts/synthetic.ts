// Seeded synthetic police.uk-style records, for benchmarks and test fixtures. Everything made here is
// labelled synthetic: the force is "Synthetic (resampled Thanet)" and the Context column says so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMonth, parseMonth } from '../src/domain/months';

import { SYNTHETIC_CONTEXT, SYNTHETIC_FORCE } from '../src/domain/synthetic';

export { SYNTHETIC_FORCE };
export const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';

/** mulberry32: small, fast, seeded. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POLICE_UK_DIR = join(import.meta.dirname, '../data/police-uk');

/** The real embedded rows as CSV lines (without header), optionally of one month only. */
export function realLines(month?: string): string[] {
  const lines: string[] = [];
  for (const file of readdirSync(POLICE_UK_DIR).filter((f) => f.endsWith('.csv')).sort()) {
    if (month && !file.startsWith(month)) continue;
    const text = readFileSync(join(POLICE_UK_DIR, file), 'utf8');
    lines.push(...text.split('\n').slice(1).filter((l) => l.length > 0));
  }
  return lines;
}

/**
 * `records` synthetic rows that resample the real Thanet rows — map point, location, LSOA, category and
 * outcome travel together, so the point and category mix is Thanet's — spread evenly at random over the
 * months from `from` to `to`.
 */
export function resampledThanetLines(records: number, from = '2015-01', to = '2019-12', seed = 20191101): string[] {
  const source = realLines().map((l) => l.split(','));
  const rand = seededRandom(seed);
  const first = parseMonth(from)!;
  const span = parseMonth(to)! - first + 1;
  const out: string[] = new Array(records);
  for (let i = 0; i < records; i++) {
    const f = source[Math.floor(rand() * source.length)];
    const month = formatMonth(first + Math.floor(rand() * span));
    out[i] = `,${month},${SYNTHETIC_FORCE},${SYNTHETIC_FORCE},${f[4]},${f[5]},${f[6]},${f[7]},${f[8]},${f[9]},${f[10]},${SYNTHETIC_CONTEXT}`;
  }
  return out;
}

/** Synthetic rows at points in Kent south-west of Thanet (latitude below 51.29: never inside Thanet). */
export function outOfAreaLines(count: number, month: string, seed = 7): string[] {
  const rand = seededRandom(seed);
  const types = ['Anti-social behaviour', 'Burglary', 'Violence and sexual offences', 'Shoplifting', 'Vehicle crime'];
  return Array.from({ length: count }, (_, i) => {
    const lon = (0.1 + rand() * 1.2).toFixed(6);
    const lat = (51.05 + rand() * 0.24).toFixed(6);
    const type = types[Math.floor(rand() * types.length)];
    return `,${month},Kent Police,Kent Police,${lon},${lat},On or near Synthetic Street ${i % 500},E01000000,Synthetic 000A,${type},,${SYNTHETIC_CONTEXT}`;
  });
}

/**
 * A whole-Kent-sized street file for one month: the real Thanet rows of that month plus synthetic rows
 * outside Thanet (2019-05: 2,178 real + 14,512 synthetic, about the size of Kent's real file).
 */
export function kentSizedCsv(month = '2019-05', outside = 14_512, seed = 7): string {
  const lines = [...realLines(month), ...outOfAreaLines(outside, month, seed)];
  // Mix them as police.uk's file mixes areas, deterministically.
  const rand = seededRandom(seed + 1);
  for (let i = lines.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return [HEADER, ...lines].join('\n') + '\n';
}

/**
 * A seeded SYNTHETIC police.uk street file of `records` rows written to `path` in chunks (ten million rows
 * never sit in memory at once), resampling the real Thanet rows over the months `from`…`to`.
 */
export async function writeSyntheticCsv(path: string, records: number, from: string, to: string, seed = 20191101): Promise<void> {
  const { createWriteStream } = await import('node:fs');
  const out = createWriteStream(path);
  out.write(`${HEADER}\n`);
  for (let done = 0; done < records; done += 250_000) {
    const lines = resampledThanetLines(Math.min(250_000, records - done), from, to, seed + done);
    if (!out.write(`${lines.join('\n')}\n`)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}
