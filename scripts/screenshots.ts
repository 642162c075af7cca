// Screenshots of the built app for looking at it as a user would: npm run build, then npx tsx scripts/screenshots.ts [hash…]
import { mkdirSync } from 'node:fs';
import { launchBrowser, settle, waitForData, watchPage } from '../browser-tests/support/browser';
import { startPreview } from '../browser-tests/support/server';

const outDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
const server = await startPreview();
const browser = await launchBrowser();
const hashes = process.argv.slice(2).length ? process.argv.slice(2) : [''];
try {
  for (const [w, h] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    for (const [i, hash] of hashes.entries()) {
      const page = await browser.newPage({ viewport: { width: w, height: h } });
      const watched = await watchPage(page, server.url);
      await page.goto(server.url + hash);
      await waitForData(page);
      await settle(page, 2500);
      const file = `${outDir}/view${i}-${w}x${h}.png`;
      await page.screenshot({ path: file });
      console.log(file, 'foreign:', watched.foreignRequests.length, 'errors:', watched.consoleErrors);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
