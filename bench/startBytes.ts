// JavaScript fetched before the dashboard is interactive (the `harmspot:interactive` mark), gzip-sized from
// the network log of a cold page: what a first visit costs before anyone can use it.
//   npx tsx bench/startBytes.ts [dist-dir]     (default dist/; a dist built from another commit compares)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { launchBrowser } from '../browser-tests/support/browser';

export interface StartBytes {
  scripts: { file: string; gzipKB: number }[];
  totalGzipKB: number;
}

export async function measureStartBytes(distDir: string): Promise<StartBytes> {
  const root = resolve(distDir, '..');
  const server = await preview({ root, logLevel: 'warn', build: { outDir: distDir }, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const url = `http://127.0.0.1:${address.port}/`;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const fetched: string[] = [];
    let interactive = false;
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (!interactive && /\.(m?js)$/.test(path)) fetched.push(path);
    });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('harmspot:interactive').length > 0, undefined, { timeout: 60_000 });
    interactive = true;
    const scripts = [...new Set(fetched)].map((p) => ({
      file: p.replace(/^\//, ''),
      gzipKB: gzipSync(readFileSync(join(distDir, p))).length / 1024,
    }));
    return { scripts, totalGzipKB: scripts.reduce((n, s) => n + s.gzipKB, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run as a script (npm run bench imports measureStartBytes instead).
if (process.argv[1]?.endsWith('startBytes.ts')) {
  const dir = resolve(process.argv[2] ?? 'dist');
  const r = await measureStartBytes(dir);
  for (const s of r.scripts.sort((a, b) => b.gzipKB - a.gzipKB)) console.log(`${s.gzipKB.toFixed(1).padStart(8)} KB  ${s.file}`);
  console.log(`${r.totalGzipKB.toFixed(1).padStart(8)} KB  JavaScript (gzip) fetched before harmspot:interactive, ${dir}`);
}
