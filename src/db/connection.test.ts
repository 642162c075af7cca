import { describe, expect, it } from 'vitest';
import { DuckDBConnection, type ResultTable } from './connection';

/** An engine whose answers never come, as when its worker was terminated mid-query. */
const silent = () => {
  const never = new Promise<ResultTable>(() => {});
  return { query: () => never, prepare: () => ({ query: () => never }), insertArrowFromIPCStream: () => never };
};

describe('a connection whose engine stops', () => {
  it('fails the calls in flight and every later one, and says so once', async () => {
    const conn = new DuckDBConnection(silent(), silent());
    let told = 0;
    let alive = true;
    conn.watch = { alive: () => alive, onDead: () => told++ };
    const inFlight = [conn.query('SELECT 1'), conn.query('SELECT ?', [1]), conn.insertArrowIPC('t', new Uint8Array())];
    alive = false;
    conn.markStopped();
    for (const p of inFlight) await expect(p).rejects.toThrow('The data engine stopped');
    await expect(conn.query('SELECT 2')).rejects.toThrow('The data engine stopped');
    expect(told).toBeGreaterThanOrEqual(1);
  });
});
