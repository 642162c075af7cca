// npm run test:slow — not in CI. Ten million police.uk records, picked as one 2.3 GB CSV, load into one
// browser tab through the app's own file loader and the view still answers. Prints time and peak memory.
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chromiumMB } from '../test-support/chromiumMemory';
import { writeSyntheticCsv } from '../scripts/synthetic';
import { launchBrowser, waitForData } from '../browser-tests/support/browser';

const appUrl = inject('appUrl');
const RECORDS = Number(process.env.SLOW_RECORDS ?? 10_000_000);
const FILE = join(tmpdir(), `harmspot-slow-thanet-${RECORDS}.csv`);

/** SYNTHETIC rows resampling real Thanet rows over 2010-01…2017-09 (months the embedded data lacks). */
async function writeFile(): Promise<void> {
  if (!existsSync(FILE)) await writeSyntheticCsv(FILE, RECORDS, '2010-01', '2017-09', 77);
}

const count = async (page: import('playwright-core').Page) =>
  Number((await page.getByTestId('records-in-view').textContent())!.replace(/,/g, ''));

describe(`${RECORDS.toLocaleString('en-GB')} records in one tab`, () => {
  it('load through the file loader and the view still answers', async () => {
    await writeFile();
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${appUrl}#months=2010-01..2019-10`);
      await waitForData(page);
      const before = await count(page);
      let peak = chromiumMB();
      const timer = setInterval(() => (peak = Math.max(peak, chromiumMB())), 1000);
      const t0 = Date.now();
      await page.getByTestId('file-input').setInputFiles(FILE);
      await page.waitForSelector('[data-testid="load-summary"], [data-testid="load-error"]', { timeout: 1_500_000 });
      const loadedMs = Date.now() - t0;
      const summary = (await page.getByTestId('load-summary').textContent({ timeout: 1000 }).catch(() => null)) ?? '';
      const error = (await page.getByTestId('load-error').textContent({ timeout: 1000 }).catch(() => null)) ?? '';
      expect(error).toBe('');
      const kept = Number(/kept ([\d,]+)/.exec(summary)![1].replace(/,/g, ''));
      await expect.poll(() => count(page), { timeout: 300_000, interval: 2000 }).toBe(before + kept);
      const interactiveMs = Date.now() - t0;
      // Still interactive: narrowing to one category group answers with fewer records.
      await page.getByRole('button', { name: 'Violence & sexual' }).click();
      await expect.poll(() => count(page), { timeout: 120_000 }).toBeLessThan(before + kept);
      clearInterval(timer);
      console.log(
        `${RECORDS.toLocaleString('en-GB')} records (${(statSync(FILE).size / 1e9).toFixed(2)} GB CSV): read and stored in ${(loadedMs / 1000).toFixed(0)} s, ` +
          `map answering in ${(interactiveMs / 1000).toFixed(0)} s; Chromium peak resident memory ${peak.toFixed(0)} MB`,
      );
    } finally {
      await browser.close();
    }
  }, 1_800_000);
});
