import { preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

/** Serves the `vite build` output (dist/) on 127.0.0.1, as `npm start` does. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
