// Turns the raw police.uk CSVs in data/police-uk/ into the file the app loads at start-up, through the
// same ingest code the browser uses for picked files. Output: public/data/embedded.arrows (Arrow IPC
// stream of the incidents) and public/data/embedded.json (the source's provenance and load reports).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { batchToArrowIPC } from '../src/ingest/records/incidentBatch';
import { ingestPoliceUk, POLICE_UK_KIND, POLICE_UK_LICENCE } from '../src/ingest/policeUk/ingestPoliceUk';
import type { EmbeddedManifest, FirstPaint } from '../src/ingest/policeUk/embeddedManifest';
import { cellToBoundary } from 'h3-js';
import { resolutionSlot } from '../src/domain/h3Resolutions';
import { councilAsbExampleCsv, perceptionExampleCsv } from './examples';

const root = join(import.meta.dirname, '..');
const inputDir = join(root, 'data', 'police-uk');
const outDir = join(root, 'public', 'data');

const area = loadThanetFromDisk();
const names = readdirSync(inputDir).filter((n) => n.endsWith('.csv')).sort();
const files = names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(inputDir, name))) }));
const t0 = performance.now();
const source = await ingestPoliceUk(files, area);
const ipc = batchToArrowIPC(source.batch);
const manifest: EmbeddedManifest = {
  kind: POLICE_UK_KIND,
  label: 'police.uk street-level records, Thanet (embedded)',
  licence: POLICE_UK_LICENCE,
  fingerprint: source.fingerprint,
  synthetic: false,
  notes: [
    'Real records: every row of the Kent Police street-level file whose LSOA is in Thanet, Oct 2017 and Oct 2018 – Oct 2019. Crime IDs were not copied.',
    'Nov 2017 – Sep 2018 are not in this extract: a gap in the data, not months without crime.',
    'Nov 2018 (1,416) and Dec 2018 (850) are much smaller than other months in the published files: probably an incomplete publication, not a fall in crime.',
  ],
  records: source.batch.length,
  reports: source.reports,
};
mkdirSync(outDir, { recursive: true });
// A first paint for the default view (every month and category, H3 9), drawn while DuckDB-wasm starts.
const firstCounts = new Map<string, number>();
const res9 = source.batch.h3[resolutionSlot(9)];
for (let i = 0; i < source.batch.length; i++) {
  if (res9[i] === 0n) continue;
  const h = res9[i].toString(16);
  firstCounts.set(h, (firstCounts.get(h) ?? 0) + 1);
}
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;
const firstPaint: FirstPaint = {
  resolution: 9,
  cells: [...firstCounts.keys()],
  // Outlines, so the very first screen needs neither h3-js nor the map libraries.
  outlines: [...firstCounts.keys()].map((h) => cellToBoundary(h).flatMap(([lat, lon]) => [round5(lon), round5(lat)])),
  counts: [...firstCounts.values()],
  months: [...new Set(source.batch.month)].sort((a, b) => a - b),
  fingerprint: source.fingerprint,
};
writeFileSync(join(outDir, 'embedded-first.json'), JSON.stringify(firstPaint));
writeFileSync(join(outDir, 'embedded.arrows'), ipc);
writeFileSync(join(outDir, 'embedded.json'), JSON.stringify(manifest, null, 1));
// Seeded, INVENTED example files for the perception survey and a council extract, offered by the app.
const examplesDir = join(root, 'public', 'examples');
mkdirSync(examplesDir, { recursive: true });
writeFileSync(join(examplesDir, 'perception-example-INVENTED.csv'), perceptionExampleCsv());
writeFileSync(join(examplesDir, 'council-asb-example-INVENTED.csv'), councilAsbExampleCsv());
const ms = (performance.now() - t0).toFixed(0);
console.log(`prepare-data: ${names.length} files, ${source.batch.length} records, ${ipc.byteLength} bytes of Arrow, ${ms} ms`);
