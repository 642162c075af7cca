import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, settle, waitForData } from './support/browser';

const appUrl = inject('appUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let page: Page;

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe-core on the page; the context bypasses the app's CSP only so that the test can inject axe. */
async function seriousViolations(): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  })) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function open(hash: string) {
  await page.goto(`${appUrl}#${hash}`);
  await waitForData(page);
  await settle(page, 1500);
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe-core): no serious or critical violations', () => {
  it.each([
    ['the dashboard', ''],
    ['harm with Gi* hot spots', 'metric=harm&an=gistar'],
    ['emerging hot spots in two wards', 'an=emerging&wards=E05005093,E05005088'],
  ])('%s', async (_, hash) => {
    await open(hash);
    expect(await seriousViolations()).toEqual([]);
  });

  it('every control is reachable from the keyboard with a visible focus', async () => {
    await open('');
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { tag: el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', label: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 20) ?? '' };
      });
      if (info) {
        seen.push(info.tag);
        expect(info.outline, `focus visible on ${info.tag} ${info.label}`).toBe(true);
      }
    }
    expect(seen).toEqual(expect.arrayContaining(['INPUT', 'BUTTON']));
  });
});
