import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, settle, waitForData, type Watched } from './support/browser';

const appUrl = inject('appUrl');
const shots = 'test-results/screenshots';
let browser: Browser;
let page: Page;
let watched: Watched;
const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
const TITLES = ['All of Thanet, the whole period', 'Violence in Margate Central, summer 2019', 'October 2019 against a year earlier'];

async function addSlide(hash: string, title: string) {
  await page.goto(`${appUrl}#${hash}`);
  await waitForData(page);
  await settle(page, 800);
  await page.getByTestId('slide-title').fill(title);
  await page.getByTestId('add-slide').click();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  ({ browser, page, watched } = await openApp(appUrl, '', { width: 1920, height: 1080 }));
});

afterAll(async () => {
  await browser?.close();
});

describe('executive briefing', () => {
  it('builds a three-slide deck from live views', async () => {
    await addSlide('', TITLES[0]);
    await addSlide('wards=E05005093&months=2019-06..2019-08&cat=violence', TITLES[1]);
    await addSlide('months=2019-10..2019-10', TITLES[2]);
    expect(await page.getByTestId('slides').locator('> li').count()).toBe(3);
  });

  it('presents full screen, stepping with the arrow and PageDown keys, and leaves with Esc', async () => {
    await page.getByTestId('present').click();
    const heading = page.getByTestId('slide-heading');
    await expect.poll(() => heading.textContent()).toContain(`${TITLES[0]} 1 / 3`);
    await expect.poll(() => page.getByTestId('present-panel').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const bodySize = await page.getByTestId('present-panel').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: `${shots}/present-1-1920x1080.png` });

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.textContent()).toContain(`${TITLES[1]} 2 / 3`);
    await expect.poll(() => text('present-rule'), { timeout: 30_000 }).toContain(
      'counts of Violence and sexual offences below 5 are shown as <5',
    );
    await expect.poll(() => text('present-panel'), { timeout: 30_000 }).toContain('Violence and sexual offences in Margate Central');
    await page.screenshot({ path: `${shots}/present-2-1920x1080.png` });

    await page.keyboard.press('PageDown');
    await expect.poll(() => heading.textContent()).toContain(`${TITLES[2]} 3 / 3`);
    // October is covered a year earlier (Oct 2018): the year-on-year line appears; no line about causes.
    await expect.poll(() => text('present-panel'), { timeout: 30_000 }).toContain('Against the same months a year earlier');
    expect(await text('present-panel')).not.toMatch(/because|due to|caused/i);
    await page.screenshot({ path: `${shots}/present-3-1920x1080.png` });

    await page.keyboard.press('PageUp');
    await expect.poll(() => heading.textContent()).toContain('2 / 3');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('slide-heading').count()).toBe(0);
    expect(await page.locator('.sidebar').isVisible()).toBe(true);
  });

  it('writes the deck as a PDF pack: three pages with the titles and the disclosure rule', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByTestId('briefing-pdf').click(),
    ]);
    const file = `${shots}/briefing.pdf`;
    await download.saveAs(file);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+3/);
    const pdfText = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const t of TITLES) expect(pdfText).toContain(t);
    expect(pdfText).toContain('Disclosure control: counts of Violence and sexual offences below 5 are shown as <5');
    expect(pdfText).toContain('Open Government Licence');
  });

  it('stops a PDF being written when cancelled, saving nothing and putting the view back', async () => {
    // The view (filters) must come back; the camera may settle a few metres off after the map refits.
    const view = () => page.url().replace(/&cam=[^&]*/, '');
    const before = view();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await page.getByTestId('briefing-pdf').click();
    await page.getByTestId('briefing-pdf-cancel').click();
    await expect.poll(() => page.getByTestId('briefing-pdf-cancel').count(), { timeout: 60_000 }).toBe(0);
    await settle(page, 1500);
    expect(downloaded).toBe(false);
    expect(view()).toBe(before);
  });

  it('made no request to another origin and logged no error', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
