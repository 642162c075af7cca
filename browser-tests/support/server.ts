import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

/** Serves a build on 127.0.0.1 as `npm start` does: the app (dist/) or the test harness (dist-harness/). */
export async function startPreview(outDir: 'dist' | 'dist-harness' = 'dist'): Promise<{ url: string; close: () => Promise<void> }> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
