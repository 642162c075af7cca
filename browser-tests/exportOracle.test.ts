// Issue 14 in the built app: the exported hexagons of the view (all months, all categories) must be exactly
// the independent count's cells and counts (test-support: own CSV reader and point-in-polygon, h3-js
// latLngToCell of each point), and a seeded sample of the raw records must lie in the exported hexagon of the
// cell the oracle puts them in (turf, called here directly).
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seededRandom } from '../scripts/synthetic';
import { cellMismatches, describeMismatches } from '../test-support/cellDiff';
import { independentCellCounts, independentRecords, ORACLE_RESOLUTIONS } from '../test-support/independentCount';
import { launchBrowser, waitForData, watchPage } from './support/browser';

const appUrl = inject('appUrl');
const records = independentRecords();
/** Records the map shows (a location inside a ward), in file order. */
const mapped = records.filter((r) => r.cells && r.ward !== undefined);

// The `release` hash field comes from another branch: under release=internal the export carries exact
// counts. Until it is merged the export still shows counts 1–4 as "<5" (disclosure control, since the view
// includes violence), so only numeric counts are compared and a "<5" must be an oracle count of 1–4. Set this
// to false when release=internal lands, and every count must then be a number.
const SMALL_COUNTS_MAY_BE_SUPPRESSED = true;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type CellFeatures = FeatureCollection<Polygon, { h3: string; count: number | string }>;

/** Opens the app on `hash` in a context of its own, waits for the engine's answer, and exports the cells. */
async function exportedCells(hash: string): Promise<{ geo: CellFeatures; watched: Awaited<ReturnType<typeof watchPage>> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  try {
    const page = await context.newPage();
    const watched = await watchPage(page, appUrl);
    await page.goto(`${appUrl}${hash}`);
    await waitForData(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    return { geo: JSON.parse(readFileSync((await download.path())!, 'utf8')) as CellFeatures, watched };
  } finally {
    await context.close();
  }
}

/** `n` distinct mapped records chosen with a fixed seed. */
function sample(n: number, seed: number) {
  const rand = seededRandom(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(n, mapped.length)) picked.add(Math.floor(rand() * mapped.length));
  return [...picked].map((i) => mapped[i]);
}

describe.each([9, 8])('the GeoJSON export at resolution %i against the independent count', (res) => {
  it('has exactly the oracle\'s cells and counts, and every sampled record lies in its oracle cell\'s hexagon', async () => {
    const { geo, watched } = await exportedCells(`#v=1&res=${res}&release=internal`);
    const oracle = independentCellCounts(records, res);
    const props = geo.features.map((f) => f.properties);

    // Cells: the same set, each once.
    expect.soft(new Set(props.map((p) => p.h3)).size, 'a cell exported twice').toBe(props.length);
    const onlyExport = props.filter((p) => !oracle.has(p.h3)).length;
    const onlyOracle = [...oracle.keys()].filter((c) => !props.some((p) => p.h3 === c)).length;
    expect.soft({ onlyExport, onlyOracle }, 'exported cells against the oracle\'s').toEqual({ onlyExport: 0, onlyOracle: 0 });

    // Counts: numeric ones exactly; a suppressed one only while release=internal is not merged (see above).
    const numeric = new Map(props.flatMap((p) => (typeof p.count === 'number' ? [[p.h3, p.count] as const] : [])));
    const numericOracle = new Map([...oracle].filter(([c]) => numeric.has(c) || !props.some((p) => p.h3 === c)));
    const mismatches = cellMismatches(numeric, numericOracle);
    expect.soft(mismatches.length, describeMismatches(mismatches, oracle.size)).toBe(0);
    const suppressed = props.filter((p) => typeof p.count !== 'number');
    if (SMALL_COUNTS_MAY_BE_SUPPRESSED) {
      const wrong = suppressed.filter((p) => p.count !== '<5' || !((oracle.get(p.h3) ?? 0) >= 1 && (oracle.get(p.h3) ?? 0) <= 4));
      expect.soft(wrong.map((p) => `${p.h3}: export ${p.count}, oracle ${oracle.get(p.h3) ?? 0}`)).toEqual([]);
    } else expect.soft(suppressed.map((p) => p.h3), 'release=internal exports exact counts').toEqual([]);

    // Geometry: 2,000 seeded records from the raw CSVs, each inside (or on the edge of) the exported hexagon
    // of the cell the oracle says holds it.
    const polygon = new Map(geo.features.map((f) => [f.properties.h3, f.geometry]));
    const at = ORACLE_RESOLUTIONS.indexOf(res as (typeof ORACLE_RESOLUTIONS)[number]);
    const picks = sample(2000, 20191101 + res);
    const missing = picks.filter((r) => !polygon.has(r.cells![at]));
    const outside = picks.filter((r) => polygon.has(r.cells![at]) && !booleanPointInPolygon([r.lon!, r.lat!], polygon.get(r.cells![at])!));
    expect.soft({ sampled: picks.length, cellNotExported: missing.length, outsideItsHexagon: outside.length }).toEqual({
      sampled: 2000,
      cellNotExported: 0,
      outsideItsHexagon: 0,
    });

    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
