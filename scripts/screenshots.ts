// Screenshots of the built app, looked at as a user would: `npm run build && npx tsx scripts/screenshots.ts`.
// Each scenario is taken at 1280×800 (laptop), 1920×1080 (meeting-room screen) and 3840×2160 (4K wall) into test-results/screenshots/.
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticCsv } from './synthetic';
import type { Page } from 'playwright-core';
import { hexagonPixels } from '../browser-tests/support/pixels';
import { launchBrowser, settle, waitForData, watchPage } from '../browser-tests/support/browser';
import { startPreview } from '../browser-tests/support/server';

const outDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

async function hexPoint(page: Page) {
  const map = page.getByTestId('map');
  const box = (await map.boundingBox())!;
  const { sample } = hexagonPixels(await map.screenshot({ mask: [page.locator('.map-legend')] }), 3);
  const p = sample[Math.floor(sample.length / 2)];
  return { x: box.x + p.x, y: box.y + p.y };
}

/** A seeded SYNTHETIC file large enough to watch being read (written once into the OS temp folder). */
async function largeSyntheticFile(): Promise<string> {
  const path = join(tmpdir(), 'harmspot-synthetic-1m.csv');
  if (!existsSync(path)) await writeSyntheticCsv(path, 1_000_000, '2015-01', '2017-09');
  return path;
}

const scenarios: Record<string, { hash: string; act?: (page: Page) => Promise<void>; midway?: boolean }> = {
  overview: { hash: '' },
  wards: { hash: 'wards=E05005093,E05005088&months=2019-06..2019-08&cat=violence' },
  playback: {
    hash: 'months=2018-10..2019-10&res=8',
    act: async (page) => {
      await page.getByTestId('play').click();
      await page.waitForTimeout(4000);
      await page.getByTestId('play').click();
    },
  },
  tooltip: {
    hash: 'wards=E05005093',
    act: async (page) => {
      const p = await hexPoint(page);
      await page.mouse.move(p.x, p.y);
      await page.waitForSelector('[data-testid="cell-tooltip"]');
    },
  },
  detail: {
    hash: 'wards=E05005088',
    act: async (page) => {
      const p = await hexPoint(page);
      await page.mouse.click(p.x, p.y);
      await page.waitForSelector('[data-testid="detail-monthly"]');
      await page.mouse.move(5, 5);
    },
  },
  lsoa: { hash: 'layers=lsoaRates,wardLabels&cat=crime' },
  panels: {
    hash: 'metric=harm&months=2018-10..2019-10',
    act: async (page) => {
      for (const name of ['Backtest: would these hot spots have held?', 'Sensitivity: count against harm']) {
        await page.locator('summary', { hasText: name }).click();
      }
      await page.waitForTimeout(1500);
      await page.getByTestId('concentration').scrollIntoViewIfNeeded();
    },
  },
  perception: {
    hash: '',
    act: async (page) => {
      await page.getByTestId('perception-input').setInputFiles('public/examples/perception-example-INVENTED.csv');
      await page.waitForSelector('[data-testid="perception-table"]');
      await page.getByTestId('perception-panel').scrollIntoViewIfNeeded();
    },
  },
  'perception-points': {
    hash: '',
    act: async (page) => {
      await page.getByTestId('perception-input').setInputFiles('public/examples/perception-example-INVENTED.csv');
      await page.waitForSelector('[data-testid="perception-table"]');
      await page.getByTestId('perception-points').click();
    },
  },
  comments: {
    hash: '',
    act: async (page) => {
      await page.getByTestId('perception-input').setInputFiles('public/examples/perception-example-INVENTED.csv');
      await page.waitForSelector('[data-testid="perception-table"]');
      await page.getByTestId('perception-table').getByRole('button', { name: 'Central Harbour', exact: true }).click();
      await page.waitForSelector('[data-testid="comments"]');
      await page.getByTestId('comments').scrollIntoViewIfNeeded();
    },
  },
  dayhour: {
    hash: '',
    act: async (page) => {
      await page.getByTestId('file-input').setInputFiles('public/examples/council-asb-example-INVENTED.csv');
      await page.getByTestId('map-columns').click();
      await page.getByTestId('mapping-load').click();
      await page.waitForSelector('[data-testid="load-summary"]');
      await page.getByTestId('hours-night').click();
      await page.waitForSelector('[data-testid="day-hour"]');
      await page.waitForTimeout(1000);
      await page.getByTestId('day-hour').scrollIntoViewIfNeeded();
    },
  },
  mapping: {
    hash: '',
    act: async (page) => {
      await page.getByTestId('file-input').setInputFiles('public/examples/council-asb-example-INVENTED.csv');
      await page.getByTestId('map-columns').click();
      await page.getByTestId('mapping-dialog').scrollIntoViewIfNeeded();
    },
  },
  gistar: { hash: 'an=gistar&metric=harm&months=2018-10..2019-10' },
  emerging: { hash: 'an=emerging&months=2018-10..2019-10' },
  'gistar-wards': {
    hash: 'an=gistar&wards=E05005093,E05005088&cat=violence',
    act: async (page) => {
      const p = await hexPoint(page);
      await page.mouse.move(p.x, p.y);
      await page.waitForSelector('[data-testid="analysis-tooltip"]');
    },
  },
  streets: { hash: 'cam=1.38474,51.38896,16.3' },
  loading: {
    hash: '',
    midway: true,
    act: async (page) => {
      await page.getByTestId('file-input').setInputFiles(await largeSyntheticFile());
      await page.waitForFunction(() => /[1-9]\d*%/.test(document.querySelector('[data-testid="load-progress"]')?.textContent ?? ''));
    },
  },
  'load-summary': {
    hash: '',
    act: async (page) => {
      await page.getByTestId('file-input').setInputFiles('data/police-uk/2019-10-thanet-street.csv');
      await page.getByTestId('confirm-replace-yes').click();
      await page.waitForSelector('[data-testid="load-summary"]');
      await page.getByTestId('month-reconciliation').locator('summary').click();
      await page.getByTestId('load-summary').scrollIntoViewIfNeeded();
    },
  },
};

const only = process.argv.slice(2);
const server = await startPreview();
const browser = await launchBrowser();
try {
  for (const [name, s] of Object.entries(scenarios)) {
    if (only.length && !only.includes(name)) continue;
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
      [3840, 2160],
    ]) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      const watched = await watchPage(page, server.url);
      await page.goto(`${server.url}#${s.hash}`);
      await waitForData(page);
      await settle(page, 2000);
      await s.act?.(page);
      if (!s.midway) await settle(page, 800);
      const file = `${outDir}/${name}-${w}x${h}.png`;
      await page.screenshot({ path: file });
      console.log(file, 'foreign:', watched.foreignRequests.length, 'errors:', watched.consoleErrors);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
