// Node only (tests, bench, scripts): the blocking DuckDB-wasm bundle, which runs offline in-process.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ConsoleLogger, createDuckDB, LogLevel, NODE_RUNTIME } from '@duckdb/duckdb-wasm/blocking';
import { DuckDBConnection } from './connection';

export async function openNodeDuckDB(): Promise<DuckDBConnection> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await createDuckDB(bundles, new ConsoleLogger(LogLevel.WARNING), NODE_RUNTIME);
  await db.instantiate();
  return DuckDBConnection.open(db.connect(), db.connect());
}
