import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSyntheticCsv } from '../scripts/synthetic';
import { openApp, type Watched } from './support/browser';

const appUrl = inject('appUrl');
let browser: Browser;
let page: Page;
let watched: Watched;
let bigFile: string;
let smallFile: string;
let smallRecords: number;

/** A seeded SYNTHETIC police.uk file (months 2015–2017, which the embedded data lacks). */
const writeSynthetic = (path: string, records: number) => writeSyntheticCsv(path, records, '2015-01', '2017-09', 1000);

const recordsInView = async () => Number((await page.getByTestId('records-in-view').textContent())!.replace(/,/g, ''));
const progressValue = () => page.locator('[data-testid="load-progress"] progress').evaluate((p) => (p as HTMLProgressElement).value);

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'large-'));
  bigFile = join(dir, 'synthetic-1m.csv');
  smallFile = join(dir, 'synthetic-50k.csv');
  smallRecords = 50_000;
  await writeSynthetic(bigFile, 1_000_000);
  await writeSynthetic(smallFile, smallRecords);
  ({ browser, page, watched } = await openApp(appUrl));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a large file', () => {
  it('is read in a worker with a progress bar that moves, and cancelling changes nothing', async () => {
    const before = await recordsInView();
    await page.getByTestId('file-input').setInputFiles(bigFile);
    await expect.poll(() => page.getByTestId('load-progress').textContent(), { timeout: 30_000 }).toMatch(/\d+%/);
    const first = await progressValue();
    // The page answers while the worker reads: the bar moves on and the button still responds.
    await expect.poll(progressValue, { timeout: 30_000 }).toBeGreaterThan(first);
    await page.getByTestId('load-abort').click();
    await expect.poll(() => page.getByTestId('load-cancelled').isVisible()).toBe(true);
    expect(await recordsInView()).toBe(before);
    expect(await page.locator('.sources').count()).toBe(0); // still one source: the embedded data
    expect(watched.consoleErrors).toEqual([]);
  }, 120_000);

  it('then loads a file to the end, saying how many rows it kept', async () => {
    await page.getByTestId('file-input').setInputFiles(smallFile);
    await expect.poll(() => page.getByTestId('load-summary').textContent(), { timeout: 60_000 }).toContain('synthetic-50k.csv');
    const summary = (await page.getByTestId('load-summary').textContent())!;
    const n = (re: RegExp) => Number((re.exec(summary)?.[1] ?? '0').replace(/,/g, ''));
    // Every row accounted for: kept on the map, outside the area, or without a location.
    expect(n(/kept ([\d,]+)/) + n(/([\d,]+) outside/) + n(/([\d,]+) without/)).toBe(smallRecords);
    expect(n(/kept ([\d,]+)/)).toBeGreaterThan(smallRecords * 0.9);
    expect(await page.locator('.sources').count()).toBe(1); // the sources list appears with two sources
    expect(watched.foreignRequests).toEqual([]);
  }, 120_000);
});
