// Range-request bench: a seeded SYNTHETIC national extract (England & Wales, 24 months) is generated once and
// cached in the system temp folder, prepared into month Parquet files (native DuckDB), served by a local
// static server with Range support, and read for Thanet's box through src/remote in Node. Asserts nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareNational, type SortKey } from '../scripts/nationalParquet';
import { writeNationalSynthetic } from '../scripts/nationalSynthetic';
import { startRangeServer } from '../test-support/rangeServer';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { readPoliceUk } from '../src/ingest/policeUk/policeUkRows';
import { PointEnricher } from '../src/ingest/records/pointEnricher';
import type { BBox, NationalManifest } from '../src/remote/manifest';
import { openRemoteDataset, POLICE_UK_READ_COLUMNS } from '../src/remote/remoteDataset';

export interface Layout {
  rowGroupSize: number;
  sort: SortKey;
}

export const DEFAULT_LAYOUTS: Layout[] = [
  { rowGroupSize: 16_384, sort: 'hilbert' },
  { rowGroupSize: 65_536, sort: 'hilbert' },
  { rowGroupSize: 16_384, sort: 'morton' },
  { rowGroupSize: 16_384, sort: 'latlon' },
];

const FROM = '2018-01';
const TO = '2019-12';
const YEAR = Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`);
const fmt = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes: number) => fmt(bytes / 1e6, 1);

function cachedCsv(records: number, log: (s: string) => void): string {
  const dir = join(tmpdir(), 'harmspot-bench-national', String(records));
  const csv = join(dir, 'csv');
  if (!existsSync(join(dir, 'csv.done'))) {
    log(`generating ${fmt(records)} SYNTHETIC records into ${csv} …`);
    const t0 = performance.now();
    const summary = writeNationalSynthetic(csv, records, { from: FROM, to: TO });
    writeFileSync(join(dir, 'csv.done'), JSON.stringify({ ...summary, files: summary.files.length, ms: performance.now() - t0 }));
  }
  return dir;
}

async function cachedParquet(dir: string, layout: Layout, log: (s: string) => void): Promise<{ out: string; manifest: NationalManifest; prepareMs?: number }> {
  const out = join(dir, `parquet-${layout.sort}-${layout.rowGroupSize}`);
  const path = join(out, 'manifest.json');
  if (existsSync(path)) return { out, manifest: JSON.parse(readFileSync(path, 'utf8')) as NationalManifest };
  log(`prepare-national ${layout.sort} ${layout.rowGroupSize} …`);
  const t0 = performance.now();
  const manifest = await prepareNational(join(dir, 'csv'), out, layout);
  return { out, manifest, prepareMs: performance.now() - t0 };
}

interface Figure {
  layout: Layout;
  read: string;
  datasetBytes: number;
  bytes: number;
  requests: number;
  groupsRead: number;
  groupsSkipped: number;
  records: number;
  firstTableMs: number;
  totalMs: number;
  validateMs: number;
  mapped: number;
}

export async function benchRangeRequests(records: number, layouts = DEFAULT_LAYOUTS, log: (s: string) => void = console.error): Promise<string> {
  const area = loadThanetFromDisk();
  const bbox = area.bounds as BBox;
  const dir = cachedCsv(records, log);
  const figures: Figure[] = [];
  const prepared: string[] = [];
  for (const layout of layouts) {
    const { out, manifest, prepareMs } = await cachedParquet(dir, layout, log);
    const datasetBytes = manifest.months.reduce((s, m) => s + m.bytes, 0);
    if (prepareMs !== undefined) prepared.push(`${layout.sort} ${fmt(layout.rowGroupSize)}: ${fmt(prepareMs / 1000, 0)} s`);
    const server = await startRangeServer(out);
    try {
      const reads: [string, string[], string[]][] = [
        ['Thanet, 12 months', YEAR, POLICE_UK_READ_COLUMNS],
        ['Thanet, 1 month', ['2019-12'], POLICE_UK_READ_COLUMNS],
        ['Thanet, 12 months, no Crime ID', YEAR, POLICE_UK_READ_COLUMNS.filter((c) => c !== 'Crime ID')],
      ];
      for (const [read, months, columns] of reads) {
        const t0 = performance.now();
        const dataset = await openRemoteDataset(`${server.url}/manifest.json`);
        let firstTableMs = NaN;
        const result = await dataset.read({
          months,
          bbox,
          columns,
          onTable: () => {
            if (Number.isNaN(firstTableMs)) firstTableMs = performance.now() - t0;
          },
        });
        const totalMs = performance.now() - t0;
        const v0 = performance.now();
        const enricher = new PointEnricher(area);
        const mapped = result.tables.reduce((s, t) => s + readPoliceUk(t.table, enricher).report.mapped, 0);
        figures.push({
          layout,
          read,
          datasetBytes,
          bytes: result.stats.bytes + dataset.openStats.bytes,
          requests: result.stats.requests + dataset.openStats.requests,
          groupsRead: result.stats.rowGroupsRead,
          groupsSkipped: result.stats.rowGroupsSkipped,
          records: result.stats.rowsReturned,
          firstTableMs,
          totalMs,
          validateMs: performance.now() - v0,
          mapped,
        });
      }
    } finally {
      await server.close();
    }
  }
  const rows = figures.map(
    (f) =>
      `| ${f.read} | ${f.layout.sort}, ${fmt(f.layout.rowGroupSize)} | ${mb(f.datasetBytes)} | ${mb(f.bytes)} (${fmt((100 * f.bytes) / f.datasetBytes, 2)} %) | ${f.requests} | ${f.groupsRead} / ${f.groupsSkipped} | ${fmt(f.records)} (${fmt(f.mapped)} in wards) | ${fmt(f.firstTableMs)} | ${fmt(f.totalMs)} | ${fmt(f.validateMs)} |`,
  );
  return [
    `Range requests: ${fmt(records)} SYNTHETIC records (England & Wales, ${FROM}…${TO}), Thanet's box, Node fetch against a local static server.`,
    '',
    '| read | sort, row-group rows | dataset MB | transferred MB (share) | requests | row groups read / skipped | records returned | open → first table ms | open → all tables ms | validate + enrich ms |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...(prepared.length ? ['', `prepare-national (CSV → Parquet, 2 threads): ${prepared.join('; ')}.`] : []),
  ].join('\n');
}
