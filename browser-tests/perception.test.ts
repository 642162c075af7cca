import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  independentCounts,
  independentSurveyByWard,
  independentWardPopulations,
  loadWardShapes,
  wardNameAt,
} from '../test-support/independentCount';
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

  it('compares wards by records per 1,000 residents a year against the share "unsafe", as computed independently', async () => {
    // Independently, from the raw files: the survey placed by lat/lon, BNG (own OS formulas) or ward name; police.uk
    // records per ward (own ray casting); residents per ward (LSOAs by area majority); the months that hold data.
    const wards = loadWardShapes();
    const survey = independentSurveyByWard(readFileSync(example('perception-example-INVENTED.csv'), 'utf8'), wards);
    const population = independentWardPopulations(wards);
    const records = new Map<string, number>();
    const months = new Set<string>();
    for (const [key, n] of independentCounts()) {
      const [ward, month] = key.split('|');
      months.add(month);
      records.set(ward, (records.get(ward) ?? 0) + n);
    }
    // 14 months hold data (Oct 2017, Oct 2018 – Oct 2019), of the 25 calendar months in the range.
    expect(months.size).toBe(14);
    const median = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    };
    const rows = wards.map((w) => {
      const { answers, unsafe } = survey.get(w.name)!;
      const count = records.get(w.name) ?? 0;
      return { name: w.name, answers, unsafe, count, rate: (1000 * count * 12) / (population.get(w.name)! * months.size), share: unsafe / answers };
    });
    const withData = rows.filter((r) => r.count > 0 || r.answers > 0);
    const answered = rows.filter((r) => r.answers >= 5);
    const quadrant = (feared: boolean, harmful: boolean) =>
      feared ? (harmful ? 'feared and harmful' : 'feared, little recorded harm') : harmful ? 'harmful, not feared' : 'neither';
    const classOf = (r: (typeof rows)[number], by: 'rate' | 'count') => {
      if (r.answers < 5) return 'too few answers';
      return by === 'rate'
        ? quadrant(r.share > median(answered.map((a) => a.share)), r.rate > median(withData.map((a) => a.rate)))
        : quadrant(r.unsafe > median(answered.map((a) => a.unsafe)), r.count > median(withData.map((a) => a.count)));
    };
    const oneDecimal = (n: number) => n.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const expected = withData.map((r) => ({
      ward: r.name,
      cells: [r.answers, r.unsafe, r.answers ? `${Math.round(100 * r.share)}%` : '–', oneDecimal(r.rate), r.count.toLocaleString('en-GB')].map(String),
      cls: classOf(r, 'rate'),
    }));
    // Thanet Villages, large and rural, is "harmful, not feared" by counts only; by rate and share it is not.
    const villages = rows.find((r) => r.name === 'Thanet Villages')!;
    expect(classOf(villages, 'count')).toBe('harmful, not feared');
    expect(classOf(villages, 'rate')).not.toBe('harmful, not feared');

    const method = page.getByTestId('perception-method');
    await expect.poll(() => method.textContent(), { timeout: 20_000 }).toContain('annualised over the 14 months with data in the range');
    expect(await method.textContent()).toContain('per 1,000 residents per year');
    expect(await text('perception-legend')).toContain('per 1,000 residents a year against the share of answers "unsafe", per ward');
    const shown = await page.getByTestId('perception-row').evaluateAll((trs) =>
      trs.map((tr) => ({
        ward: tr.getAttribute('data-area'),
        cells: [...tr.querySelectorAll('td')].filter((td) => !td.classList.contains('perception-class')).map((td) => td.textContent),
        cls: tr.getAttribute('data-class'),
      })),
    );
    const byWard = (list: { ward: string | null }[]) => [...list].sort((a, b) => String(a.ward).localeCompare(String(b.ward)));
    expect(byWard(shown)).toEqual(byWard(expected));
    expect(shown.find((r) => r.ward === 'Thanet Villages')?.cls).toBe(classOf(villages, 'rate'));
    const thresholds = await text('perception-thresholds');
    expect(thresholds).toContain(`${oneDecimal(median(withData.map((a) => a.rate)))} per 1,000 a year`);
    expect(thresholds).toContain(`${Math.round(100 * median(answered.map((a) => a.share)))}% of answers "unsafe"`);
  });

  it('says there is no denominator per cell and shows counts, labelled as counts', async () => {
    await page.getByTestId('perception-level').selectOption('cell');
    const method = page.getByTestId('perception-method');
    await expect.poll(() => method.textContent(), { timeout: 20_000 }).toContain('Per cell there is no denominator');
    const headers = await page.getByTestId('perception-table').locator('thead th').allTextContents();
    expect(headers).toEqual(['Cell', 'Answers', 'Unsafe (count)', 'Records (count)', 'Class']);
    expect(await text('perception-legend')).toContain('Counts per cell (no denominator)');
  });

  it('survives "Against harm" → per cell → per ward: map and panels stay, no page error', async () => {
    // Issue 16: a change of level drew the other level's figures until they arrived, and the page went white.
    const errors = watched.consoleErrors.length;
    await page.getByTestId('perception-level').selectOption('ward');
    await page.getByTestId('perception-fourway').click();
    await expect.poll(() => text('perception-method'), { timeout: 20_000 }).toContain('Per ward, by rate');
    await page.getByTestId('perception-level').selectOption('cell');
    await expect.poll(() => text('perception-method'), { timeout: 20_000 }).toContain('Per cell');
    await page.getByTestId('perception-level').selectOption('ward');
    await expect.poll(() => text('perception-method'), { timeout: 20_000 }).toContain('Per ward, by rate');
    await expect.poll(() => page.getByTestId('perception-row').count()).toBeGreaterThan(0);
    // Two animation frames: deck.gl has been handed, and has drawn, the ward layer of this view.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.getByTestId('map').isVisible()).toBe(true);
    expect(await page.getByTestId('perception-panel').isVisible()).toBe(true);
    expect(await page.getByTestId('perception-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('ward-table').isVisible()).toBe(true);
    expect(watched.consoleErrors.slice(errors)).toEqual([]);
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
