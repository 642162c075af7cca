// A hosted national dataset, read by range requests from the page: a seeded SYNTHETIC national set is
// prepared (native DuckDB) into the served build, the app reads Thanet's records from it, and the count
// kept equals an independent count of the source CSV rows inside the wards.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { prepareNational } from '../scripts/nationalParquet';
import { writeNationalSynthetic } from '../scripts/nationalSynthetic';
import type { NationalManifest } from '../src/remote/manifest';
import { WardLineCounter } from '../test-support/independentCount';
import { openApp, type Watched } from './support/browser';

const appUrl = inject('appUrl');
const served = fileURLToPath(new URL('../dist/test-national', import.meta.url));
let csvDir: string;
let sourceFiles: string[];
let manifest: NationalManifest;
let browser: Browser;
let page: Page;
let watched: Watched;

beforeAll(async () => {
  csvDir = mkdtempSync(join(tmpdir(), 'harmspot-remote-'));
  const summary = writeNationalSynthetic(csvDir, 120_000, { from: '2016-01', to: '2016-12', seed: 99 });
  rmSync(served, { recursive: true, force: true });
  manifest = await prepareNational(csvDir, served, { rowGroupSize: 2048 });
  sourceFiles = summary.files;
  ({ browser, page, watched } = await openApp(appUrl, '#months=2016-01..2019-10'));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(served, { recursive: true, force: true });
  rmSync(csvDir, { recursive: true, force: true });
});

/** Source rows inside Thanet's wards: own CSV split, own ray casting. */
function independentInside(files: string[]): number {
  const counter = new WardLineCounter();
  for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) counter.add(line);
  return counter.n.inside;
}

const recordsInView = async () => Number((await page.getByTestId('records-in-view').textContent())!.replace(/,/g, ''));

describe('a hosted dataset', () => {
  it("reads Thanet's records by range requests, a small share of the dataset, from this site only", async () => {
    const before = await recordsInView();
    await page.getByText('Open a hosted dataset…').click();
    await page.getByTestId('remote-url').fill('test-national/manifest.json');
    await page.getByTestId('remote-open').click();
    await expect.poll(() => page.getByTestId('load-summary').textContent(), { timeout: 60_000 }).toContain('national SYNTHETIC');
    const expected = independentInside(sourceFiles);
    const summary = (await page.getByTestId('load-summary').textContent())!;
    const kept = [...summary.matchAll(/kept ([\d,]+)/g)].reduce((n, m) => n + Number(m[1].replace(/,/g, '')), 0);
    expect(kept).toBe(expected);
    await expect.poll(recordsInView, { timeout: 30_000 }).toBe(before + expected);
    const transfer = (await page.getByTestId('load-transfer').textContent())!;
    const share = Number(/\(([\d.]+)%\)/.exec(transfer)![1]);
    expect(share).toBeLessThan(25);
    expect(manifest.months).toHaveLength(12);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
