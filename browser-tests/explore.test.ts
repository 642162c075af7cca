import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kentSizedCsv } from '../scripts/synthetic';
import { independentCounts, independentTotal } from '../test-support/independentCount';
import { openApp, settle, type Watched, waitForData } from './support/browser';
import { hexagonPixels } from './support/pixels';

const appUrl = inject('appUrl');
const reference = independentCounts();
const realMonth = (m: string) => fileURLToPath(new URL(`../data/police-uk/${m}-thanet-street.csv`, import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'harmspot-'));

let browser: Browser;
let page: Page;
let watched: Watched;

const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
const recordsInView = async () => Number((await text('records-in-view')).replace(/,/g, ''));
const mapShot = () =>
  page.getByTestId('map').screenshot({ mask: [page.locator('.map-legend'), page.locator('.maplibregl-ctrl')] });

async function open(hash: string) {
  await page.goto(`${appUrl}#${hash}`);
  await waitForData(page);
  await settle(page, 1500);
}

/** Drops files on the page as a user dragging them from the desktop would. */
async function drop(files: { name: string; bytes: Uint8Array }[]) {
  const payload = files.map((f) => ({ name: f.name, data: Array.from(f.bytes) }));
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.data)], f.name));
    const target = document.querySelector('.app')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, payload);
}

beforeAll(async () => {
  ({ browser, page, watched } = await openApp(appUrl));
});

afterAll(async () => {
  await browser?.close();
});

describe('reading the map', () => {
  it('plays month windows through the range on one fixed colour scale', async () => {
    await open('months=2018-10..2019-10&res=8');
    await page.getByTestId('play').click();
    const legends = new Set<string>();
    const windows = new Set<string>();
    await expect.poll(() => page.getByTestId('play-window').isVisible(), { timeout: 20_000 }).toBe(true);
    for (let i = 0; i < 12 && windows.size < 4; i++) {
      windows.add(await text('play-window'));
      legends.add(await text('legend'));
      await page.waitForTimeout(700);
    }
    expect(windows.size).toBeGreaterThanOrEqual(3);
    expect([...windows][0]).toContain('Oct 2018 – Dec 2018');
    expect(legends.size).toBe(1);
    expect([...legends][0]).toContain('Scale fixed for the whole playback');
    await page.getByTestId('play').click(); // pause
    await page.getByTestId('stop').click();
    await expect.poll(() => page.getByTestId('legend').textContent()).not.toContain('Scale fixed');
  });

  it('pins a hexagon with its monthly counts, which add up to its total', async () => {
    await open('wards=E05005093&months=2018-10..2019-10');
    const box = (await page.getByTestId('map').boundingBox())!;
    const { sample } = hexagonPixels(await mapShot(), 3);
    const target = sample[Math.floor(sample.length / 2)];
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => page.getByTestId('detail-monthly').isVisible(), { timeout: 20_000 }).toBe(true);
    const monthly = await page.getByTestId('detail-monthly').locator('td:nth-of-type(1)').allTextContents();
    expect(monthly).toHaveLength(13);
    const total = monthly.reduce((n, t) => n + Number(t.replace(/,/g, '')), 0);
    expect(await panel.textContent()).toContain(`${total.toLocaleString('en-GB')} records in view`);
    await page.getByRole('button', { name: 'Close the pinned hexagon' }).click();
    expect(await panel.count()).toBe(0);
  });

  it('lists wards with counts that match the independent count, and selects one on click', async () => {
    await open('months=2019-03..2019-08');
    const table = page.getByTestId('ward-table');
    const row = table.locator('tr', { hasText: 'Dane Valley' });
    const expected = independentTotal(reference, ['Dane Valley'], '2019-03', '2019-08');
    expect(await row.locator('td').first().textContent()).toBe(expected.toLocaleString('en-GB'));
    await row.getByRole('button', { name: 'Dane Valley' }).click();
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(expected);
    expect(page.url()).toContain('wards=E05005089');
    await page.getByRole('button', { name: /per 1,000 residents/i }).click();
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toContain('per 1,000');
  });

  it('flags the short months as a possible incomplete publication', async () => {
    await open('');
    expect(await text('quality-note')).toContain('Nov 2018 – Dec 2018');
    expect(await text('quality-note')).toContain('not a fall in crime');
  });
});

describe('bringing your own police.uk files', () => {
  it('replaces a month already loaded with a real month file, adding exactly its records', async () => {
    await open('');
    expect(await recordsInView()).toBe(26_278);
    await page.getByTestId('file-input').setInputFiles(realMonth('2019-10'));
    await expect.poll(() => page.getByTestId('confirm-replace').isVisible()).toBe(true);
    await page.getByTestId('confirm-replace-yes').click();
    await expect.poll(() => text('load-summary')).toContain('kept 1,883 inside Thanet');
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_278);
  });

  it('reads a whole-Kent-sized file, keeping Thanet and counting the rest as outside', async () => {
    const file = join(tmp, 'kent-2019-05-street-SYNTHETIC-mix.csv');
    writeFileSync(file, kentSizedCsv('2019-05'));
    await page.getByTestId('file-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('confirm-replace').isVisible(), { timeout: 30_000 }).toBe(true);
    await page.getByTestId('confirm-replace-yes').click();
    await expect.poll(() => text('load-summary'), { timeout: 30_000 }).toContain(
      'kept 2,178 inside Thanet; 14,512 outside the area',
    );
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_278);
  });

  it('takes a dropped data.police.uk zip, skipping and listing its outcomes file', async () => {
    const header =
      'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
    const line = ',2019-12,Kent Police,Kent Police,1.407364,51.386148,On or near Northdown Road,E01024656,Thanet 002D,Burglary,Under investigation,';
    const zip = zipSync({
      '2019-12/2019-12-kent-street.csv': strToU8([header, line, line, line].join('\n')),
      '2019-12/2019-12-kent-outcomes.csv': strToU8('Crime ID,Month,Outcome type\n'),
    });
    await drop([{ name: 'police-uk-2019-12.zip', bytes: zip }]);
    await expect.poll(() => text('load-summary'), { timeout: 20_000 }).toContain('kept 3 inside Thanet');
    expect(await text('load-summary')).toContain('2019-12-kent-outcomes.csv: skipped — police.uk outcomes file');
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_281);
  });

  it('keeps loaded files in this browser across a reload, until "Clear all local data"', async () => {
    await page.reload();
    await waitForData(page);
    await expect.poll(recordsInView, { timeout: 30_000 }).toBe(26_281);
    expect(await text('restored')).toContain('Restored');
    await Promise.all([page.waitForEvent('framenavigated'), page.getByTestId('clear-local').click()]);
    await page.waitForLoadState('load');
    await waitForData(page);
    await expect.poll(recordsInView, { timeout: 30_000 }).toBe(26_278);
    expect(await page.getByTestId('restored').count()).toBe(0);
    // Put the zip's records back for the next test, which expects them.
    const header =
      'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
    const line = ',2019-12,Kent Police,Kent Police,1.407364,51.386148,On or near Northdown Road,E01024656,Thanet 002D,Burglary,Under investigation,';
    await drop([{ name: 'again.zip', bytes: zipSync({ '2019-12/2019-12-kent-street.csv': strToU8([header, line, line, line].join('\n')) }) }]);
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(26_281);
  });

  it('shows a broken file\'s error and leaves the map and counts as they were', async () => {
    await settle(page, 1000);
    const before = hexagonPixels(await mapShot()).count;
    const corrupt = join(tmp, 'extract.parquet');
    writeFileSync(corrupt, Buffer.from([0x50, 0x41, 0x52, 0x31, 9, 9, 9, 9, 0x50, 0x41, 0x52, 0x31]));
    await page.getByTestId('file-input').setInputFiles(corrupt);
    await expect.poll(() => text('load-error')).toContain('extract.parquet');
    expect(await text('load-error')).toContain('Parquet');
    expect(await recordsInView()).toBe(26_281);
    await settle(page, 500);
    expect(hexagonPixels(await mapShot()).count).toBe(before);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});

describe('an engine that dies', () => {
  // Its own browser on the harness build: killing the engine needs the test hook, which the app's dist/ lacks.
  it('restarts the data engine when its worker dies, reloading the kept files and saying so', async () => {
    const own = await openApp(inject('harnessUrl'));
    try {
      const p = own.page;
      const inView = async () => Number(((await p.getByTestId('records-in-view').textContent()) ?? '').replace(/,/g, ''));
      const csv = join(tmp, 'engine-2019-12.csv');
      const header =
        'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
      const line = ',2019-12,Kent Police,Kent Police,1.407364,51.386148,On or near Northdown Road,E01024656,Thanet 002D,Burglary,Under investigation,';
      writeFileSync(csv, [header, line, line].join('\n'));
      await p.getByTestId('file-input').setInputFiles(csv);
      await expect.poll(inView, { timeout: 30_000 }).toBe(26_280);
      await p.evaluate(() => (window as unknown as { __harmspotTest: { killEngine: () => void } }).__harmspotTest.killEngine());
      await p.getByTestId('group-crime').click();
      await expect.poll(() => p.getByTestId('engine-notice').isVisible(), { timeout: 30_000 }).toBe(true);
      expect((await p.getByTestId('engine-notice').textContent()) ?? '').toContain('restarted');
      await p.getByTestId('group-all').click();
      await expect.poll(inView, { timeout: 30_000 }).toBe(26_280);
      expect(own.watched.foreignRequests).toEqual([]);
    } finally {
      await own.browser.close();
    }
  });
});
