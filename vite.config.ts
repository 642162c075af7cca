import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The built app may talk only to its own origin: scripts and workers from self or blob:, WebAssembly
 * compiled in place ('wasm-unsafe-eval' for DuckDB), images from self, data: and blob:. The dev server
 * runs without it so hot reload works.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'harmspot-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Two builds. The app (`vite build` → dist/) holds no test code and no bench page. The harness
 * (`vite build --mode harness` → dist-harness/) is the same app plus bench.html (the in-browser half of
 * `npm run bench`) and the test hooks that `import.meta.env.MODE === 'harness'` guards, which the app build
 * drops as dead code.
 */
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    outDir: mode === 'harness' ? 'dist-harness' : 'dist',
    rollupOptions: { input: mode === 'harness' ? ['index.html', 'bench.html'] : ['index.html'] },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
}));
