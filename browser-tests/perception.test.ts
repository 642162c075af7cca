import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { wardNameAt } from '../test-support/independentCount';
import { COUNCIL_EXAMPLE, PERCEPTION_EXAMPLE } from '../scripts/examples';
import { openApp, type Watched } from './support/browser';

const appUrl = inject('appUrl');
const example = (name: string) => fileURLToPath(new URL(`../public/examples/${name}`, import.meta.url));
let browser: Browser;
let page: Page;
let watched: Watched;
const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
const recordsInView = async () => Number((await text('records-in-view')).replace(/,/g, ''));

beforeAll(async () => {
  ({ browser, page, watched } = await openApp(appUrl));
});

afterAll(async () => {
  await browser?.close();
});

describe('places young people feel unsafe, against recorded harm', () => {
  it('imports the invented perception survey and shows its known totals', async () => {
    await page.getByTestId('perception-input').setInputFiles(example('perception-example-INVENTED.csv'));
    await expect.poll(() => text('perception-status'), { timeout: 30_000 }).toContain(
      `kept ${PERCEPTION_EXAMPLE.rows} answers (${PERCEPTION_EXAMPLE.byLocationKind.ward} located by ward only)`,
    );
    const table = page.getByTestId('perception-table');
    await expect.poll(() => table.isVisible(), { timeout: 30_000 }).toBe(true);
    const row = table.locator('tr', { hasText: 'Margate Central' });
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(0, 2)).toEqual([String(PERCEPTION_EXAMPLE.clusterWards['Margate Central'].rows), String(PERCEPTION_EXAMPLE.clusterWards['Margate Central'].unsafe)]);
    expect(await page.getByTestId('perception-legend').textContent()).toContain('feared and harmful');
  });

  it('lists a ward\'s comments as inert text, masked, and withholds small groups', async () => {
    const csv = readFileSync(example('perception-example-INVENTED.csv'), 'utf8').trim().split('\n');
    const hostile = csv.find((l) => l.includes('<img src=x'))!.split(',');
    const ward = wardNameAt(Number(hostile[1]), Number(hostile[0]))!;
    const answersInWard = csv.slice(1).filter((l) => {
      const f = l.split(',');
      return f[4] === ward || (f[0] && wardNameAt(Number(f[1]), Number(f[0])) === ward);
    }).length;
    await page.getByTestId('perception-table').getByRole('button', { name: ward, exact: true }).click();
    const comments = page.getByTestId('comments');
    await expect.poll(() => comments.isVisible(), { timeout: 20_000 }).toBe(true);
    if (answersInWard >= 5) {
      await expect.poll(() => comments.textContent()).toContain('[INVENTED] <img src=x onerror=alert(1)>');
    } else {
      expect(await page.getByTestId('comments-withheld').isVisible()).toBe(true);
    }
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(watched.dialogs).toEqual([]);
    // Masking: no raw phone number or email from the file reaches the page.
    expect(await page.locator('body').textContent()).not.toMatch(/07700 ?900\d{3}|@example\.com/);
  });

  it('maps a council CSV in British National Grid with times, adding exactly its records', async () => {
    const before = await recordsInView();
    await page.getByTestId('file-input').setInputFiles(example('council-asb-example-INVENTED.csv'));
    await expect.poll(() => page.getByTestId('map-columns').isVisible(), { timeout: 20_000 }).toBe(true);
    await page.getByTestId('map-columns').click();
    await expect.poll(() => page.getByTestId('mapping-dialog').isVisible()).toBe(true);
    await page.getByTestId('mapping-load').click();
    await expect.poll(() => text('load-summary'), { timeout: 30_000 }).toContain(`kept ${COUNCIL_EXAMPLE.rows} inside Thanet`);
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(before + COUNCIL_EXAMPLE.rows);
    expect(await text('headline-warnings')).toContain('May double count');
  });

  it('filters by hour, leaving police.uk records in "no time"', async () => {
    const csv = readFileSync(example('council-asb-example-INVENTED.csv'), 'utf8').trim().split('\n').slice(1);
    const nightHours = new Set([20, 21, 22, 23, 0, 1, 2, 3, 4]);
    const night = csv.filter((l) => nightHours.has(Number(/ (\d{2}):\d{2}/.exec(l.split(',')[1])![1]))).length;
    await page.getByTestId('hours-night').click();
    await expect.poll(recordsInView, { timeout: 20_000 }).toBe(night);
    expect(await text('headline-warnings')).toContain('26,278 records have no time');
    const dayHour = page.getByTestId('day-hour');
    await expect.poll(() => dayHour.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await text('no-time')).toBe('26,278');
    await page.getByTestId('hours-all').click();
  });

  it('made no request to another origin and logged no error', () => {
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
  });
});
