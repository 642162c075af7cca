// Browser only: DuckDB-wasm in a Web Worker, its .wasm and worker files bundled by Vite (never a CDN).
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { DuckDBConnection } from './connection';

/**
 * Starts DuckDB in a worker. The test-only hook `window.__harmspotTest.killEngine()` (harness build only) stops
 * the worker to prove the app recovers (see whenEngineStops).
 */
export async function openBrowserDuckDB(): Promise<DuckDBConnection> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
    eh: { mainModule: ehWasm, mainWorker: ehWorker },
  });
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.ConsoleLogger(duckdb.LogLevel.WARNING), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await DuckDBConnection.open(await db.connect(), await db.connect());
  conn.watch = { alive: () => !db.isDetached(), onDead: () => {} };
  // A worker that fails takes its queries with it: say so at once rather than leave them waiting.
  worker.addEventListener('error', () => conn.markStopped());
  // Only in the test harness build (dead code, so absent, in the app's dist/).
  if (import.meta.env.MODE === 'harness') {
    const killEngine = () => {
      void db.terminate();
      conn.markStopped();
    };
    (window as unknown as { __harmspotTest?: { killEngine: () => void } }).__harmspotTest = { killEngine };
  }
  return conn;
}

/** `onDead` runs once, when a query first finds the worker behind `conn` gone. */
export function whenEngineStops(conn: DuckDBConnection, onDead: () => void): DuckDBConnection {
  let reported = false;
  conn.watch!.onDead = () => {
    if (!reported) {
      reported = true;
      onDead();
    }
  };
  return conn;
}
