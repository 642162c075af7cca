import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { malformedCorpus } from '../scripts/malformedCorpus';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { independentCounts, independentTotal } from '../test-support/independentCount';
import { openApp, settle, type Watched, waitForData } from './support/browser';
import { colourPixels, hexagonPixels } from './support/pixels';

const appUrl = inject('appUrl');
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const reference = independentCounts();

let browser: Browser;
let page: Page;
let watched: Watched;

/** The map as a picture, legend and controls masked so that only drawn data can match the palette. */
const mapShot = () =>
  page.getByTestId('map').screenshot({ mask: [page.locator('.map-legend'), page.locator('.maplibregl-ctrl')] });

/** The selected-ward outline's colour (src/map/wardOverlay.ts). */
const SELECTED_OUTLINE: [number, number, number] = [29, 60, 110];
const mapPngExport = async () => {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map-png').click()]);
  return readFileSync((await file.path())!);
};

const recordsInView = async () => Number((await page.getByTestId('records-in-view').textContent())!.replace(/,/g, ''));

/** Moves a month handle with the keyboard, as a user without a mouse would. */
async function setHandle(testId: string, home: 'Home' | 'End', steps: number) {
  const handle = page.getByTestId(testId);
  await handle.focus();
  await page.keyboard.press(home);
  for (let i = 0; i < steps; i++) await page.keyboard.press(home === 'Home' ? 'ArrowRight' : 'ArrowLeft');
}

beforeAll(async () => {
  ({ browser, page, watched } = await openApp(appUrl));
});

afterAll(async () => {
  await browser?.close();
});

describe('the dashboard on the embedded Thanet data', () => {
  it('loads every record with no console error and no request to another origin', async () => {
    expect(await recordsInView()).toBe(26_278);
    await expect.poll(() => page.getByTestId('months-with-data').textContent()).toBe('14 of 25');
    expect(await page.getByTestId('gap-months').textContent()).toContain('Nov 2017 – Sep 2018');
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('draws hexagons on the map', async () => {
    const shot = await mapShot();
    expect(hexagonPixels(shot).count).toBeGreaterThan(500);
  });

  it('draws no selected-ward outline while no ward is selected', async () => {
    expect(colourPixels(await mapShot(), SELECTED_OUTLINE)).toBeLessThan(30);
  });

  it('shows the independent count for Margate Central, Mar–Aug 2019, and keeps it in the URL', async () => {
    await page.getByLabel('Margate Central').check();
    await setHandle('month-from', 'Home', 17); // Oct 2017 + 17 = Mar 2019
    await setHandle('month-to', 'End', 2); // Oct 2019 − 2 = Aug 2019
    const expected = independentTotal(reference, ['Margate Central'], '2019-03', '2019-08');
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(expected);
    expect(await page.getByTestId('wards-selected').textContent()).toBe('1');
    const url = page.url();
    expect(url).toContain('wards=E05005093');
    expect(url).toContain('months=2019-03..2019-08');

    const copy = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await copy.goto(url);
    await waitForData(copy);
    await expect.poll(async () => (await copy.getByTestId('records-in-view').textContent())?.replace(/,/g, '')).toBe(
      String(expected),
    );
    await copy.close();
  });

  it('outlines the selected ward above the hexagons, on screen and in the map PNG', async () => {
    await settle(page, 1000);
    expect(colourPixels(await mapShot(), SELECTED_OUTLINE)).toBeGreaterThan(300);
    expect(colourPixels(await mapPngExport(), SELECTED_OUTLINE)).toBeGreaterThan(300);
  });

  it('narrows to a category group and back', async () => {
    await page.getByTestId('group-violence').click();
    const violence = independentTotal(reference, ['Margate Central'], '2019-03', '2019-08', [
      'Violence and sexual offences',
    ]);
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(violence);
    await page.getByTestId('group-all').click();
    await page.getByTestId('ward-all').click();
    await setHandle('month-from', 'Home', 0);
    await setHandle('month-to', 'End', 0);
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_278);
  });
});

describe('loading files', () => {
  it('refuses a file that is not police.uk, naming it, and changes nothing', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('not-police-uk.csv'));
    const error = page.getByTestId('load-error');
    await expect.poll(() => error.textContent()).toContain('not-police-uk.csv');
    expect(await error.textContent()).toContain('row 1');
    expect(await error.textContent()).toContain('"Crime type"');
    expect(await recordsInView()).toBe(26_278);
  });

  it('loads hostile strings as text, counting no-location and out-of-area rows', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('hostile-2019-11.csv'));
    const summary = page.getByTestId('load-summary');
    await expect.poll(() => summary.textContent()).toContain('kept 4 inside Thanet');
    expect(await summary.textContent()).toContain('1 outside the area');
    expect(await summary.textContent()).toContain('1 without a location');
    // The whole area now holds 4 more mapped records, plus 1 without a location noted beside them.
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_282);

    // Look at the new month alone, in Margate Central: one hexagon, the one at Queen Street.
    await page.getByLabel('Margate Central').check();
    await setHandle('month-from', 'End', 0);
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(4);
    await settle(page, 1500);
    const box = (await page.getByTestId('map').boundingBox())!;
    const shot = await mapShot();
    const { sample } = hexagonPixels(shot, 1);
    expect(sample.length).toBeGreaterThan(0);
    const target = sample[Math.floor(sample.length / 2)];
    await page.mouse.move(box.x + target.x, box.y + target.y);
    const tooltip = page.getByTestId('cell-tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: 20_000 }).toContain('<img src=x onerror=alert(1)>');
    expect(await tooltip.textContent()).toContain('On or near Queen Street, "Margate"');
    expect(await tooltip.textContent()).toContain('=HYPERLINK(');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(watched.dialogs).toEqual([]);
  });

  it('asks before loading a month that is already loaded', async () => {
    await page.getByTestId('file-input').setInputFiles(fixture('hostile-2019-11.csv'));
    await expect.poll(() => page.getByTestId('confirm-replace').isVisible()).toBe(true);
    expect(await page.getByTestId('confirm-replace').textContent()).toContain('Nov 2019 (Kent Police)');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await recordsInView()).toBe(4);
  });

  it('refuses every unreadable file of the malformed corpus with its name, changing nothing loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    await page.goto(appUrl);
    await waitForData(page);
    const before = await recordsInView();
    for (const f of malformedCorpus().filter((c) => c.expect.kind === 'error' && !c.mapped)) {
      const path = join(dir, f.name);
      writeFileSync(path, f.bytes);
      await page.getByTestId('file-input').setInputFiles(path);
      await expect.poll(() => page.getByTestId('load-error').textContent(), { timeout: 20_000 }).toContain(f.name);
      expect(await recordsInView(), f.name).toBe(before);
    }
  });

  it('carries the data fingerprint in the URL and warns when a link was made on other data', async () => {
    expect(page.url()).toMatch(/fp=[0-9a-f]{16}/);
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(`${appUrl}#fp=0123456789abcdef&wards=E05005093`);
    await waitForData(other);
    await expect.poll(async () => (await other.getByTestId('headline-warnings').textContent()) ?? '').toContain('different data');
    await other.close();
  });

  it('made no request to another origin and logged no error throughout', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
