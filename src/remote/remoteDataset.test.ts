// End to end: a seeded SYNTHETIC national set → prepare-national (native DuckDB) → a local static server with
// Range support → the remote reader for Thanet's box. Checked against a plain count of the source CSV lines.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareNational } from '../../scripts/nationalParquet';
import { writeNationalSynthetic } from '../../scripts/nationalSynthetic';
import { loadWardShapes, wardNameAt } from '../../test-support/independentCount';
import { startRangeServer, type RangeServer } from '../../test-support/rangeServer';
import { SYNTHETIC_FORCE } from '../domain/synthetic';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import { readPoliceUk } from '../ingest/policeUk/policeUkRows';
import { PointEnricher } from '../ingest/records/pointEnricher';
import type { BBox, NationalManifest } from './manifest';
import { openRemoteDataset } from './remoteDataset';

const MONTHS = ['2019-03', '2019-04', '2019-05'];
let dir: string;
let csvDir: string;
let outDir: string;
let server: RangeServer;
let manifest: NationalManifest;
const area = loadThanetFromDisk();
const thanet = area.bounds as BBox;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'harmspot-national-'));
  csvDir = join(dir, 'csv');
  outDir = join(dir, 'parquet');
  writeNationalSynthetic(csvDir, 200_000, { from: '2019-01', to: '2019-12', seed: 4242 });
  // Small row groups so a 16,667-row month has several to skip.
  manifest = await prepareNational(csvDir, outDir, { rowGroupSize: 2048 });
  server = await startRangeServer(outDir);
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The source CSV rows of some months, split plainly (the generator writes no quotes). */
function sourceRows(months: string[]): string[][] {
  return months.flatMap((m) =>
    readFileSync(join(csvDir, m, `${m}-synthetic-street.csv`), 'utf8').split('\n').slice(1).filter((l) => l !== '').map((l) => l.split(',')),
  );
}

const inBox = (r: string[], [x0, y0, x1, y1]: BBox) => {
  if (r[4] === '' || r[5] === '') return false;
  const lon = Number(r[4]);
  const lat = Number(r[5]);
  return lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1;
};

/** A record's identity for comparing multisets: id, month, point, location and type. */
const key = (id: string, month: string, lon: string, lat: string, location: string, type: string) =>
  [id, month, Number(lon).toFixed(6), Number(lat).toFixed(6), location, type].join('|');

describe('prepare-national', () => {
  it('writes one file per month whose rows, no-location rows, sizes and row groups the manifest states', () => {
    const all = sourceRows(manifest.months.map((m) => m.month));
    expect(manifest.months.map((m) => m.month)).toEqual(readdirSync(csvDir).sort());
    expect(manifest.rows).toBe(all.length);
    expect(manifest.rowsNoLocation).toBe(all.filter((r) => r[4] === '').length);
    expect(manifest.synthetic).toBe(true);
    for (const entry of manifest.months) {
      const bytes = readFileSync(join(outDir, entry.file));
      const meta = parquetMetadata(bytes);
      expect(entry.bytes).toBe(bytes.byteLength);
      expect(Number(meta.num_rows)).toBe(entry.rows);
      expect(meta.row_groups.length).toBe(entry.rowGroups);
      expect(entry.footerBytes).toBe(meta.metadata_length + 8);
      expect(entry.rowGroups).toBeGreaterThan(4);
    }
  });
});

describe('remote reader over HTTP range requests', () => {
  it("returns exactly the source records inside Thanet's box for three months", async () => {
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
    const result = await dataset.read({ months: MONTHS, bbox: thanet });
    const expected = sourceRows(MONTHS).filter((r) => inBox(r, thanet)).map((r) => key(r[0], r[1], r[4], r[5], r[6], r[9]));
    expect(expected.length).toBeGreaterThan(100);
    const h = result.tables[0].table.header;
    const at = (name: string) => h.indexOf(name);
    const got = result.tables.flatMap((t) =>
      t.table.rows.map((r) => key(r[at('Crime ID')], r[at('Month')], r[at('Longitude')], r[at('Latitude')], r[at('Location')], r[at('Crime type')])),
    );
    expect(got.sort()).toEqual(expected.sort());
    expect(result.tables.map((t) => t.month)).toEqual(MONTHS);
    expect(result.stats.rowsReturned).toBe(expected.length);
    expect(result.stats.rowsUnlocatedNotReturned).toBe(sourceRows(MONTHS).filter((r) => r[4] === '').length);
  });

  it('requests only the manifest and the months asked for, and no byte of a row group outside the box', async () => {
    const before = server.log.length;
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
    const result = await dataset.read({ months: MONTHS, bbox: thanet });
    const log = server.log.slice(before);
    expect(new Set(log.map((r) => r.path))).toEqual(new Set(['/manifest.json', ...MONTHS.map((m) => `/${m}.parquet`)]));
    const ranged = log.filter((r) => r.path.endsWith('.parquet'));
    expect(ranged.every((r) => r.status === 206)).toBe(true);
    expect(result.stats.bytes).toBe(ranged.reduce((s, r) => s + r.bytes, 0));
    expect(result.stats.requests).toBe(ranged.length);
    expect(result.stats.rowGroupsSkipped).toBeGreaterThan(result.stats.rowGroupsRead);

    const total = manifest.months.reduce((s, m) => s + m.bytes, 0);
    const asked = manifest.months.filter((m) => MONTHS.includes(m.month)).reduce((s, m) => s + m.bytes, 0);
    expect(result.stats.bytes).toBeLessThan(asked / 2);
    expect(result.stats.bytes).toBeLessThan(total / 10);

    // Row groups whose located rows all lie outside the box, judged here from the local files' statistics:
    // none of their column-chunk bytes may have been requested.
    let outside = 0;
    for (const month of MONTHS) {
      const meta = parquetMetadata(readFileSync(join(outDir, `${month}.parquet`)));
      for (const [g, group] of meta.row_groups.entries()) {
        const stats = (name: string) => group.columns.find((c) => c.meta_data!.path_in_schema[0] === name)!.meta_data!.statistics!;
        const [lon, lat] = [stats('Longitude'), stats('Latitude')];
        const misses =
          Number(lon.null_count) === Number(group.num_rows) ||
          Number(lon.max_value) < thanet[0] || Number(lon.min_value) > thanet[2] ||
          Number(lat.max_value) < thanet[1] || Number(lat.min_value) > thanet[3];
        if (!misses) continue;
        outside++;
        for (const chunk of group.columns) {
          const md = chunk.meta_data!;
          const from = Number(md.dictionary_page_offset ?? md.data_page_offset);
          const to = from + Number(md.total_compressed_size) - 1;
          const hit = ranged.find((r) => r.path === `/${month}.parquet` && r.range![0] <= to && from <= r.range![1]);
          expect(hit, `${month} row group ${g}, column ${md.path_in_schema[0]}`).toBeUndefined();
        }
      }
    }
    expect(outside).toBe(result.stats.rowGroupsSkipped);
  });

  it('tables pass the police.uk validator: kept records equal an independent ray-casting ward count', async () => {
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
    const result = await dataset.read({ months: MONTHS, bbox: thanet });
    const enricher = new PointEnricher(area);
    const reports = result.tables.map((t) => readPoliceUk(t.table, enricher).report);
    const wards = loadWardShapes();
    const expected = sourceRows(MONTHS).filter((r) => r[4] !== '' && wardNameAt(Number(r[4]), Number(r[5]), wards) !== undefined).length;
    expect(reports.reduce((s, r) => s + r.mapped, 0)).toBe(expected);
    expect(reports.reduce((s, r) => s + r.noLocation + r.skipped.length, 0)).toBe(0);
    expect(reports.every((r) => r.forces.includes(SYNTHETIC_FORCE))).toBe(true);
    expect(result.tables[0].table.name).toMatch(/SYNTHETIC/);
  });

  it('reports months the dataset lacks, and requests nothing for a box away from every record', async () => {
    const before = server.log.length;
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
    const sea: BBox = [-12, 45, -11, 46];
    const result = await dataset.read({ months: ['2019-06', '2031-01'], bbox: sea });
    expect(result.missingMonths).toEqual(['2031-01']);
    expect(result.emptyMonths).toEqual(['2019-06']);
    expect(result.tables).toEqual([]);
    expect(result.stats.requests).toBe(0);
    expect(server.log.slice(before).map((r) => r.path)).toEqual(['/manifest.json']);
  });

  it('reports progress, hands each table over as it is ready, and stops when cancelled', async () => {
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
    const progress: number[] = [];
    const seen: string[] = [];
    const controller = new AbortController();
    const reading = dataset.read({
      months: manifest.months.map((m) => m.month),
      bbox: thanet,
      concurrency: 1,
      onProgress: (p) => progress.push(p.monthsDone),
      onTable: (t) => {
        seen.push(t.month);
        if (seen.length === 2) controller.abort();
      },
      signal: controller.signal,
    });
    await expect(reading).rejects.toThrow(/abort/i);
    expect(seen).toEqual(['2019-01', '2019-02']);
    expect(progress).toEqual([1, 2]);
  });

  it('refuses a server that ignores Range instead of downloading whole files', async () => {
    const noRange: typeof fetch = (input, init) => fetch(input, { ...init, headers: {} });
    const dataset = await openRemoteDataset(`${server.url}/manifest.json`, { fetch: noRange });
    await expect(dataset.read({ months: ['2019-01'], bbox: thanet })).rejects.toThrow(/ignored the Range header/);
  });
});
