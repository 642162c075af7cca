// npm run test:slow — not in CI. A police.uk CSV of more than 500 MB streams through the reader in bounded
// memory, and every row is accounted for against an independent count.
import { createReadStream, createWriteStream, existsSync, openAsBlob, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { writeNationalSynthetic } from '../scripts/nationalSynthetic';
import { HEADER } from '../scripts/synthetic';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { streamPoliceUk } from '../src/ingest/policeUk/streamIngest';
import { WardLineCounter } from '../test-support/independentCount';

const RECORDS = 2_600_000;
const BIG = join(tmpdir(), `harmspot-slow-national-${RECORDS}.csv`);

/** One file of SYNTHETIC national records (seeded), the month files of the generator joined end to end. */
async function bigFile(): Promise<string> {
  if (existsSync(BIG)) return BIG;
  const dir = join(tmpdir(), 'harmspot-slow-national-months');
  rmSync(dir, { recursive: true, force: true });
  const summary = writeNationalSynthetic(dir, RECORDS, { from: '2019-01', to: '2019-12', seed: 4242 });
  const out = createWriteStream(BIG);
  out.write(`${HEADER}\n`);
  for (const file of summary.files.sort()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    out.write(lines.slice(1).filter((l) => l.length > 0).join('\n') + '\n');
  }
  await new Promise((resolve) => out.end(resolve));
  rmSync(dir, { recursive: true, force: true });
  return BIG;
}

/** Rows inside Thanet's wards, without a location, and elsewhere: own line reader, own ray casting. */
async function independentCount(path: string) {
  const counter = new WardLineCounter();
  let header = true;
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (header) header = false;
    else counter.add(line);
  }
  return counter.n;
}

describe('a file of more than 500 MB', () => {
  it('streams in bounded memory and every row is accounted for', async () => {
    const path = await bigFile();
    const bytes = statSync(path).size;
    expect(bytes).toBeGreaterThan(500e6);
    const expected = await independentCount(path);

    const area = loadThanetFromDisk();
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    let kept = 0;
    const t0 = performance.now();
    const result = await streamPoliceUk([{ name: 'national.csv', blob: await openAsBlob(path) }], area, (b) => (kept += b.length), {
      onProgress: () => (peak = Math.max(peak, process.memoryUsage().rss)),
    });
    const ms = performance.now() - t0;
    const report = result.reports[0];
    console.log(
      `streamed ${(bytes / 1e6).toFixed(0)} MB, ${report.rowsRead.toLocaleString('en-GB')} rows in ${(ms / 1000).toFixed(1)} s ` +
        `(${Math.round(report.rowsRead / (ms / 1000)).toLocaleString('en-GB')} rows/s); RSS grew by at most ${((peak - base) / 1e6).toFixed(0)} MB`,
    );
    expect(report.rowsRead).toBe(expected.rows);
    expect(report.mapped).toBe(expected.inside);
    expect(report.noLocation).toBe(expected.noLocation);
    expect(report.outsideArea).toBe(expected.outside);
    expect(kept).toBe(report.kept);
    // Bounded: the reader holds a piece and a block at a time, never the file.
    expect(peak - base).toBeLessThan(Math.min(300e6, bytes / 2));
  }, 900_000);
});
