import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openApp, type Watched, waitForData } from './support/browser';

const appUrl = inject('appUrl');
let browser: Browser;
let page: Page;
let watched: Watched;
const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';

beforeAll(async () => {
  ({ browser, page, watched } = await openApp(appUrl));
});

afterAll(async () => {
  await browser?.close();
});

describe('finding the high-harm places that are real', () => {
  it('switches every figure to harm and says which weights are placeholders', async () => {
    await page.getByTestId('metric-harm').click();
    await expect.poll(() => page.getByTestId('harm-in-view').isVisible()).toBe(true);
    expect(await text('placeholder-note')).toBe('8 of 14 weights are placeholders (unverified)');
    await expect.poll(() => text('legend')).toContain('Harm (Illustrative (ONS CSS offences)) per hexagon');
    expect(await text('legend')).toContain('8 of 14 weights are placeholders');
    expect(await text('ward-table')).toContain('Harm per 1,000 residents');
    expect(page.url()).toContain('metric=harm');
  });

  it('shows Gi* hot spots with confidence, neighbourhood, FDR and metric in the legend', async () => {
    await page.getByTestId('analysis-gistar').click();
    const legend = page.getByTestId('gi-legend');
    await expect.poll(() => legend.isVisible(), { timeout: 30_000 }).toBe(true);
    const t = (await legend.textContent()) ?? '';
    expect(t).toContain('Harm (Illustrative (ONS CSS offences))');
    expect(t).toContain('1-ring neighbourhood');
    expect(t).toContain('FDR on');
    expect(t).toMatch(/Hot spot, 99 % confidence \((\d+)\)/);
    expect(Number(/Hot spot, 99 % confidence \((\d+)\)/.exec(t)![1])).toBeGreaterThan(0);
    await page.getByTestId('analysis-fdr').uncheck();
    await expect.poll(() => legend.textContent()).toContain('FDR off');
  });

  it('classifies emerging hot spots, leaving incomplete months out and warning on short ranges', async () => {
    await page.getByTestId('analysis-emerging').click();
    const legend = page.getByTestId('emerging-legend');
    await expect.poll(() => legend.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => legend.textContent(), { timeout: 30_000 }).toContain('12 monthly steps');
    expect(await legend.textContent()).toContain('left out as possibly incomplete: Nov 2018 – Dec 2018');
    expect(await page.getByTestId('emerging-warning').count()).toBe(0);
    await page.goto(`${appUrl}#an=emerging&months=2019-03..2019-10`);
    await waitForData(page);
    await expect.poll(() => page.getByTestId('emerging-warning').isVisible(), { timeout: 30_000 }).toBe(true);
  });

  it('draws the Lorenz curve with the Gini coefficient and plain statements', async () => {
    const panel = page.getByTestId('concentration');
    await expect.poll(() => panel.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await text('gini')).toMatch(/^Gini 0\.\d\d$/);
    expect(await panel.textContent()).toMatch(/\d+ % of records falls in 5 % of cells \(\d+ cells, [\d.]+ km²\)/);
    expect(await panel.locator('canvas').count()).toBeGreaterThan(0);
  });

  it('exports the current layer as GeoJSON with hexagon polygons', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-geojson').click()]);
    const geo = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(100);
    expect(geo.features[0].geometry.type).toBe('Polygon');
    expect(geo.features[0].properties).toHaveProperty('emerging_class');
  });

  it('made no request to another origin and logged no error', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
