import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface Watched {
  /** Requests to any origin other than the app's: aborted and recorded. */
  foreignRequests: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Routes every request: same-origin ones go through, others are aborted and recorded. */
export async function watchPage(page: Page, appUrl: string): Promise<Watched> {
  const origin = new URL(appUrl).origin;
  const watched: Watched = { foreignRequests: [], consoleErrors: [], dialogs: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    watched.foreignRequests.push(url);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watched.consoleErrors.push(String(err)));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  return watched;
}

/**
 * Waits until the engine has answered (not just the precomputed first paint): the app marks
 * "harmspot:interactive" once DuckDB-wasm holds the data, kept files are restored and a view is computed.
 */
export async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="records-in-view"]');
      return performance.getEntriesByName('harmspot:interactive').length > 0 && !!el && /\d/.test(el.textContent ?? '');
    },
    undefined,
    { timeout: 60_000 },
  );
}

/** Waits for the view to settle after a change: the count stops changing and the map is idle. */
export async function settle(page: Page, ms = 1200): Promise<void> {
  await page.waitForTimeout(ms);
}

/** A fresh browser with one page on the app, every request watched, the embedded data loaded. */
export async function openApp(
  appUrl: string,
  hash = '',
  viewport = { width: 1280, height: 800 },
): Promise<{ browser: Browser; page: Page; watched: Watched }> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const watched = await watchPage(page, appUrl);
  await page.goto(appUrl + hash);
  await waitForData(page);
  await settle(page, 1500);
  return { browser, page, watched };
}
