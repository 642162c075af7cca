// npm run bench — figures for the workloads the issues name, on this machine. Not a test: it asserts nothing.
// Per size (BENCH_SIZES, default 100k, 1M and 10M seeded SYNTHETIC records resampling the real Thanet rows):
// 1. Node: the police.uk CSV is written, read through the app's streaming reader (parse, validate, ward +
//    H3 per distinct point, Arrow IPC parts), and the same aggregation runs in native DuckDB (the floor).
// 2. Headless Chromium, a fresh page per size: bench.html reads the CSV in the ingest worker (≤ 1M), loads
//    the parts into DuckDB-wasm and times month-range changes three ways — see src/bench/benchPage.ts.
// Then: cold start of the dashboard, the initial bundle (gzip), and a hosted national dataset read by range
// requests (bench/rangeRequests.ts, in Node, and in the app: time to first map).
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openAsBlob, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, CHROMIUM, waitForData } from '../browser-tests/support/browser';
import { startPreview } from '../browser-tests/support/server';
import { chromiumMB } from '../test-support/chromiumMemory';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import type { EmbeddedManifest } from '../src/ingest/policeUk/embeddedManifest';
import { batchToArrowIPC, type IncidentBatch } from '../src/ingest/records/incidentBatch';
import { ingestPoliceUk, POLICE_UK_KIND, POLICE_UK_LICENCE } from '../src/ingest/policeUk/ingestPoliceUk';
import { streamPoliceUk } from '../src/ingest/policeUk/streamIngest';
import type { BenchResult } from '../src/bench/benchPage';
import { writeSyntheticCsv } from '../scripts/synthetic';
import { readPoliceUkDir } from '../src/coordinator/loadedThanet';
import { resolutionSlot } from '../src/domain/h3Resolutions';
import { benchRangeRequests, DEFAULT_LAYOUTS } from './rangeRequests';
import { measureStartBytes } from './startBytes';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist-harness', 'bench');
mkdirSync(outDir, { recursive: true });
const area = loadThanetFromDisk();
const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000,10000000').split(',').map(Number);
const FETCHED_CSV_MAX = 1_000_000;
const COLD_STARTS = 5;
const RANGE_RECORDS = Number(process.env.BENCH_RANGE_RECORDS ?? 10_000_000);
const PART_RECORDS = 1_000_000;
const fmt = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const log = (s: string) => console.error(`[bench] ${s}`);

interface Prepared {
  dataset: string;
  file: string;
  records: number;
  csvMB: number;
  ingestMs: number;
  floorMs: number;
}

/** Median over 24 seeded month windows of hexagon counts at H3 9 (each record's own res-9 cell) in native DuckDB (Node, 2 threads). */
async function nativeFloor(cells: BigUint64Array, months: Int16Array, cats: Int8Array, n: number): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const csv = join(outDir, 'floor.csv');
  const chunks: string[] = ['cell,month,category\n'];
  for (let i = 0; i < n; i++) if (cells[i] !== 0n) chunks.push(`${cells[i]},${months[i]},${cats[i]}\n`);
  writeFileSync(csv, chunks.join(''));
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await db.connect();
  await c.run(`CREATE TABLE t AS SELECT cell::UBIGINT AS cell, month::SMALLINT AS month, category::TINYINT AS category FROM read_csv('${csv}')`);
  rmSync(csv);
  const monthList = (await c.runAndReadAll('SELECT DISTINCT month FROM t ORDER BY 1')).getRows().map((r) => Number(r[0]));
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const times: number[] = [];
  for (let i = 0; i < 24; i++) {
    const a = Math.floor(rand() * (monthList.length - 1));
    const b = a + 1 + Math.floor(rand() * (monthList.length - a - 1));
    const t0 = performance.now();
    await c.runAndReadAll(`SELECT cell AS h, count(*) FROM t WHERE month BETWEEN ${monthList[a]} AND ${monthList[b]} GROUP BY h`);
    times.push(performance.now() - t0);
  }
  times.sort((x, y) => x - y);
  return (times[11] + times[12]) / 2;
}

function writeManifest(file: string, manifest: EmbeddedManifest & { parts?: number }) {
  writeFileSync(join(outDir, `${file}.json`), JSON.stringify(manifest));
}

/** The real embedded Thanet data, prepared as the app ships it. */
async function prepareEmbedded(): Promise<Prepared> {
  const files = readPoliceUkDir();
  const t0 = performance.now();
  const source = await ingestPoliceUk(files, area);
  const ipc = batchToArrowIPC(source.batch);
  const ingestMs = performance.now() - t0;
  writeFileSync(join(outDir, 'embedded.arrows'), ipc);
  writeManifest('embedded', {
    kind: POLICE_UK_KIND, label: 'Thanet embedded (real)', licence: POLICE_UK_LICENCE, fingerprint: source.fingerprint,
    synthetic: false, notes: [], records: source.batch.length, reports: source.reports,
  });
  const b = source.batch;
  return {
    dataset: 'Thanet embedded (real)', file: 'embedded', records: b.length,
    csvMB: files.reduce((n, f) => n + f.bytes.length, 0) / 1e6, ingestMs, floorMs: await nativeFloor(b.h3[resolutionSlot(9)], b.month, b.category, b.length),
  };
}

/** A synthetic size: CSV written (cached), read by the streaming reader into IPC parts, and the floor. */
async function prepareSynthetic(records: number): Promise<Prepared> {
  const file = `synthetic-${records}`;
  const csv = join(outDir, `${file}.csv`);
  if (!existsSync(csv)) {
    log(`writing ${fmt(records)} SYNTHETIC records …`);
    await writeSyntheticCsv(csv, records, '2015-01', '2019-12');
  }
  const cells = new BigUint64Array(records);
  const months = new Int16Array(records);
  const cats = new Int8Array(records);
  let n = 0;
  let part: Uint8Array[] = [];
  let partRecords = 0;
  let parts = 0;
  const flush = () => {
    if (part.length === 0) return;
    writeFileSync(join(outDir, `${file}-${parts++}.arrows`), Buffer.concat(part));
    part = [];
    partRecords = 0;
  };
  log(`reading ${fmt(records)} records through the streaming reader …`);
  global.gc?.();
  const t0 = performance.now();
  const ipcMs = { total: 0 };
  const result = await streamPoliceUk([{ name: `${file}.csv`, blob: await openAsBlob(csv) }], area, (b: IncidentBatch) => {
    cells.set(b.h3[resolutionSlot(9)], n);
    months.set(b.month, n);
    cats.set(b.category, n);
    n += b.length;
    const t = performance.now();
    part.push(batchToArrowIPC(b));
    ipcMs.total += performance.now() - t;
    partRecords += b.length;
    if (partRecords >= PART_RECORDS) flush();
  });
  const ingestMs = performance.now() - t0;
  flush();
  const dataset = `${fmt(records)} SYNTHETIC`;
  writeManifest(file, {
    kind: POLICE_UK_KIND, label: dataset, licence: POLICE_UK_LICENCE, fingerprint: result.fingerprint, synthetic: true,
    notes: ['SYNTHETIC: generated by scripts/synthetic.ts for benchmarks'], records: result.records, reports: result.reports, parts,
  });
  log(`native DuckDB floor for ${fmt(records)} …`);
  return { dataset, file, records: n, csvMB: statSync(csv).size / 1e6, ingestMs, floorMs: await nativeFloor(cells, months, cats, n) };
}

/** The JavaScript and CSS the first page load asks for, gzipped, and the DuckDB-wasm module fetched after. */
function bundleSizes(): { initialKB: number; wasmKB: number } {
  const dist = join(root, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const gz = (path: string) => gzipSync(readFileSync(join(dist, path))).length / 1024;
  const wasm = execSync(`ls ${join(dist, 'assets')} | grep 'duckdb-eh.*\\.wasm' | head -1`).toString().trim();
  return { initialKB: assets.reduce((n, a) => n + gz(a), 0), wasmKB: wasm ? gz(join('assets', wasm)) : NaN };
}

const prepared: Prepared[] = [await prepareEmbedded()];
for (const size of SIZES) prepared.push(await prepareSynthetic(size));

log('range-request bench (Node) …');
const rangeTable = await benchRangeRequests(RANGE_RECORDS, [DEFAULT_LAYOUTS[0]], log);
const rangeDir = join(
  (await import('node:os')).tmpdir(), 'harmspot-bench-national', String(RANGE_RECORDS),
  `parquet-${DEFAULT_LAYOUTS[0].sort}-${DEFAULT_LAYOUTS[0].rowGroupSize}`,
);

const server = await startPreview('dist-harness');
const browser = await launchBrowser();
const browserFigures: (BenchResult & { chromiumPeakMB: number })[] = [];
const coldStarts: { firstHexagons: number; interactive: number }[] = [];
let remoteFirstMap: { ms: number; transfer: string } | undefined;
try {
  // Cold start of the dashboard on the embedded data, in fresh pages: first hexagons (the precomputed first
  // paint) and fully interactive (DuckDB-wasm started, data loaded, first answer drawn on the map). Median of 5:
  // on two cores a start-up varies by a few hundred milliseconds.
  for (let i = 0; i < COLD_STARTS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName('harmspot:interactive').length > 0, undefined, { timeout: 60_000 });
    coldStarts.push(
      await page.evaluate(() => ({
        firstHexagons: performance.getEntriesByName('harmspot:first-hexagons')[0].startTime,
        interactive: performance.getEntriesByName('harmspot:interactive')[0].startTime,
      })),
    );
    await page.close();
  }
  for (const p of prepared) {
    log(`browser: ${p.dataset} …`);
    const page = await browser.newPage();
    let peak = chromiumMB();
    const timer = setInterval(() => (peak = Math.max(peak, chromiumMB())), 500);
    // Files up to FETCHED_CSV_MAX records are fetched into the page; bigger ones are picked from disk.
    const csv = p.file === 'embedded' ? '' : p.records <= FETCHED_CSV_MAX ? `&csv=bench/${p.file}.csv` : '&csvfile=1';
    await page.goto(`${server.url}bench.html?data=bench/${p.file}&changes=24${csv}`);
    if (csv === '&csvfile=1') {
      await page.waitForFunction(() => '__benchWantsFile' in window, undefined, { timeout: 600_000 });
      await page.setInputFiles('#csv-file', join(outDir, `${p.file}.csv`));
    }
    await page.waitForFunction(() => '__bench' in window || '__benchError' in window, undefined, { timeout: 1_800_000, polling: 1000 });
    clearInterval(timer);
    const error = await page.evaluate(() => (window as unknown as { __benchError?: string }).__benchError);
    if (error) throw new Error(`bench page failed on ${p.file}: ${error}`);
    browserFigures.push({ ...(await page.evaluate(() => (window as unknown as { __bench: BenchResult }).__bench)), chromiumPeakMB: peak });
    await page.close();
  }
  // The app opening the hosted national dataset: time from the click to Thanet's records on the map.
  if (existsSync(join(rangeDir, 'manifest.json'))) {
    const served = join(root, 'dist-harness', 'national-bench');
    rmSync(served, { recursive: true, force: true });
    cpSync(rangeDir, served, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}#months=2018-01..2019-12`);
    await waitForData(page);
    await page.getByText('Open a hosted dataset…').click();
    await page.getByTestId('remote-url').fill('national-bench/manifest.json');
    const t0 = Date.now();
    await page.getByTestId('remote-open').click();
    await page.waitForSelector('[data-testid="confirm-replace-yes"], [data-testid="load-transfer"]', { timeout: 600_000 });
    if (await page.getByTestId('confirm-replace-yes').count()) await page.getByTestId('confirm-replace-yes').click();
    await page.waitForSelector('[data-testid="load-transfer"]', { timeout: 600_000 });
    remoteFirstMap = { ms: Date.now() - t0, transfer: (await page.getByTestId('load-transfer').textContent()) ?? '' };
    await page.close();
    rmSync(served, { recursive: true, force: true });
  }
} finally {
  await browser.close();
  await server.close();
}

const chromium = (() => {
  try {
    return execSync(`${CHROMIUM} --version 2>/dev/null`).toString().trim();
  } catch {
    return 'unknown';
  }
})();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${fmt(totalmem() / 2 ** 30)} GiB; Node ${process.version}; ${chromium} headless (SwiftShader software WebGL)`;
const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bundle = bundleSizes();
const startBytes = await measureStartBytes(join(root, 'dist'));
const byName = new Map(prepared.map((p) => [p.dataset, p]));

const lines: string[] = [];
lines.push(`Benchmark ${new Date().toISOString().slice(0, 10)} — ${machine}`, '');
lines.push('Ingest of police.uk CSV (parse, validate, ward + H3 per distinct point, Arrow IPC)', '');
lines.push('| dataset | records | CSV MB | Node: ms | Node: records/s | browser worker: ms (median of 3) | browser worker: records/s (slowest–fastest) | browser, read + staged in DuckDB-wasm: ms |', '|---|---:|---:|---:|---:|---:|---:|---:|');
for (const p of prepared) {
  const b = browserFigures.find((f) => f.dataset === p.dataset);
  const w = b?.workerIngest;
  const a = b?.appLoad;
  lines.push(
    `| ${p.dataset} | ${fmt(p.records)} | ${fmt(p.csvMB, 1)} | ${fmt(p.ingestMs)} | ${fmt((p.records / p.ingestMs) * 1000)} | ${w ? fmt(w.ms) : '—'} | ${w ? `${fmt((w.records / w.ms) * 1000)} (${fmt((w.records / Math.max(...w.runs)) * 1000)}–${fmt((w.records / Math.min(...w.runs)) * 1000)})` : '—'} | ${a ? fmt(a.ms) : '—'} |`,
  );
}
lines.push('', 'Read + staged at 10M is measured by `npm run test:slow` (the app\'s own file loader, bounded memory).');
lines.push(
  '',
  `Cold start of the dashboard on the embedded data (median of ${COLD_STARTS} fresh pages): first hexagons ${fmt(mid(coldStarts.map((c) => c.firstHexagons)))} ms, fully interactive ${fmt(mid(coldStarts.map((c) => c.interactive)))} ms (fastest ${fmt(Math.min(...coldStarts.map((c) => c.interactive)))}, slowest ${fmt(Math.max(...coldStarts.map((c) => c.interactive)))}).`,
  `Initial bundle: ${fmt(bundle.initialKB)} KB of JavaScript and CSS gzipped; DuckDB-wasm's module ${fmt(bundle.wasmKB)} KB gzipped, fetched while the precomputed first paint shows.`,
  `JavaScript fetched before harmspot:interactive (network log, gzip): ${fmt(startBytes.totalGzipKB)} KB in ${startBytes.scripts.length} files.`,
);
lines.push('', 'In the browser, a fresh page per dataset (DuckDB-wasm in a worker; medians of 24 month-range changes at H3 level 9)', '');
lines.push(
  '| dataset | records | Arrow MB | load into DuckDB-wasm ms | cube build ms | answer ms | + layer data ms | + deck.gl attributes ms | draw ms (software GL) | trend chart ms | cells | peak JS heap MB | Chromium peak RSS MB |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
for (const b of browserFigures) {
  lines.push(
    `| ${b.dataset} | ${fmt(b.records)} | ${fmt(b.arrowMB, 1)} | ${fmt(b.loadMs)} | ${fmt(b.cubeBuildMs)} | ${fmt(b.medianQueryMs, 2)} | ${fmt(b.medianLayerDataMs, 1)} | ${fmt(b.medianAttributeMs, 1)} | ${fmt(b.medianDrawMs, 1)} | ${fmt(b.medianTrendMs, 2)} | ${fmt(b.resultCells)} | ${b.peakJsHeapMB === null ? '—' : fmt(b.peakJsHeapMB)} | ${fmt(b.chromiumPeakMB)} |`,
  );
}
lines.push('', 'One month-range change answered three ways (median of 24; H3 9), and the ratios', '');
lines.push(
  '| dataset | (a) harmspot: cube answer ms | (b) kepler.gl-style objects + filter + Map ms | (b′) typed-array scan ms | (c) native DuckDB (Node, 2 threads) ms | (b) ÷ (a) | (c) ÷ (a) |',
  '|---|---:|---:|---:|---:|---:|---:|',
);
for (const b of browserFigures) {
  const floor = byName.get(b.dataset)?.floorMs ?? NaN;
  lines.push(
    `| ${b.dataset} | ${fmt(b.medianCubeAnswerMs, 2)} | ${fmt(b.baselineObjectsMs, 1)} | ${fmt(b.baselineTypedMs, 2)} | ${fmt(floor, 2)} | ${fmt(b.baselineObjectsMs / b.medianCubeAnswerMs, 0)}× | ${fmt(floor / b.medianCubeAnswerMs, 1)}× |`,
  );
}
lines.push('', 'Hot spots in the browser (medians of 5; statistics run on the main thread, SQL in the DuckDB worker)', '');
lines.push('| dataset | study-area cells (H3 9) | Gi* + FDR: SQL ms | Gi* + FDR: statistics ms | emerging: months | emerging: SQL ms | emerging: statistics ms |', '|---|---:|---:|---:|---:|---:|---:|');
for (const b of browserFigures) {
  lines.push(`| ${b.dataset} | ${fmt(b.giCells)} | ${fmt(b.giQueryMs, 1)} | ${fmt(b.giStatsMs, 1)} | ${b.emergingSteps} | ${fmt(b.emergingQueryMs, 1)} | ${fmt(b.emergingStatsMs, 1)} |`);
}
lines.push('', rangeTable);
if (remoteFirstMap) {
  lines.push('', `In the app (headless Chromium, same server): "Open a hosted dataset" to Thanet's records stored and on the map in ${fmt(remoteFirstMap.ms)} ms. ${remoteFirstMap.transfer}`);
}
const text = lines.join('\n');
console.log(text);
writeFileSync(join(root, 'bench', 'results.md'), `# Latest benchmark\n\n${text}\n`);
