/** A bound query parameter. DuckDB-wasm passes parameters as JSON, so lists travel as text like "[1,2,3]". */
export type SqlParam = string | number | boolean | null;

/** The part of an Arrow table the app reads: whole columns, never row objects. */
export interface ResultColumn {
  readonly length: number;
  toArray(): ArrayLike<unknown>;
  get(index: number): unknown;
}
export interface ResultTable {
  readonly numRows: number;
  getChild(name: string): ResultColumn | null;
}

/** The one door to DuckDB. Browser (worker) and Node (tests, bench) each provide one. */
export interface SqlConnection {
  query(sql: string, params?: SqlParam[]): Promise<ResultTable>;
  /**
   * Creates `tableName` from an Arrow IPC stream in the plain in-memory database, where SQL names it
   * `${ARROW_SCHEMA}.tableName` (the app's own tables live in a compressed one, into which Arrow inserts
   * are several times slower: staged data is copied across by SQL instead).
   */
  insertArrowIPC(tableName: string, ipc: Uint8Array): Promise<void>;
  /** Drops a table insertArrowIPC made (outside any transaction of the app's connection). */
  dropArrowTable(tableName: string): Promise<void>;
}

/** Where insertArrowIPC's tables are, for SQL run on the app's connection. */
export const ARROW_SCHEMA = 'memory.main';

/** What the async (browser) and blocking (Node) DuckDB-wasm connections have in common. */
interface DuckDBLikeConnection {
  query(sql: string): ResultTable | Promise<ResultTable>;
  prepare(sql: string): DuckDBLikePrepared | Promise<DuckDBLikePrepared>;
  insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string; create: boolean }): unknown;
}
interface DuckDBLikePrepared {
  query(...params: unknown[]): ResultTable | Promise<ResultTable>;
}

/**
 * Adapts a DuckDB-wasm connection. Statements with parameters are prepared once and cached, so values are
 * always bound, never spliced into SQL text.
 */
export class DuckDBConnection implements SqlConnection {
  private readonly prepared = new Map<string, Promise<DuckDBLikePrepared>>();

  /** Set by the browser: tells whether the worker behind the connection still runs, and what to do when not. */
  watch: { alive: () => boolean; onDead: () => void } | null = null;

  /**
   * Rejects once the engine is known to have stopped. Every call races it: a query in flight when the worker
   * died would otherwise never settle, and the one scheduler would wait behind it for ever.
   */
  private readonly stopped: Promise<never>;
  private stop!: (reason: Error) => void;

  /** `arrowConn`: a second connection to the same database, left on the plain in-memory catalogue. */
  constructor(
    private readonly conn: DuckDBLikeConnection,
    private readonly arrowConn: DuckDBLikeConnection,
  ) {
    this.stopped = new Promise<never>((_, reject) => (this.stop = reject));
    this.stopped.catch(() => {});
  }

  /** The worker behind the connection stopped (terminated, or it failed): every waiting call fails now. */
  markStopped(): void {
    this.stop(new Error('The data engine stopped; it is being restarted.'));
    this.watch?.onDead();
  }

  private settle<T>(p: Promise<T>): Promise<T> {
    return Promise.race([p, this.stopped]);
  }

  private checkAlive(): void {
    if (this.watch && !this.watch.alive()) {
      this.watch.onDead();
      throw new Error('The data engine stopped; it is being restarted.');
    }
  }

  /** Settings every connection needs: offline, so never try to fetch an extension. */
  static async open(conn: DuckDBLikeConnection, arrowConn: DuckDBLikeConnection): Promise<DuckDBConnection> {
    for (const c of [conn, arrowConn]) {
      await c.query('SET autoinstall_known_extensions = false');
      await c.query('SET autoload_known_extensions = false');
    }
    return new DuckDBConnection(conn, arrowConn);
  }

  async query(sql: string, params: SqlParam[] = []): Promise<ResultTable> {
    this.checkAlive();
    if (params.length === 0) return await this.settle(Promise.resolve(this.conn.query(sql)));
    let stmt = this.prepared.get(sql);
    if (!stmt) {
      stmt = Promise.resolve(this.conn.prepare(sql));
      this.prepared.set(sql, stmt);
      stmt.catch(() => this.prepared.delete(sql));
    }
    return await this.settle(stmt.then((st) => st.query(...params)));
  }

  async insertArrowIPC(tableName: string, ipc: Uint8Array): Promise<void> {
    this.checkAlive();
    await this.settle(Promise.resolve(this.arrowConn.insertArrowFromIPCStream(ipc, { name: tableName, create: true })));
  }

  async dropArrowTable(tableName: string): Promise<void> {
    this.checkAlive();
    await this.settle(Promise.resolve(this.arrowConn.query(`DROP TABLE IF EXISTS "${tableName.replaceAll('"', '""')}"`)));
  }
}

/** A list of numbers as a bindable parameter, for `?::INTEGER[]`. */
export function intListParam(values: Iterable<number>): string {
  return `[${[...values].map((v) => Math.trunc(v)).join(',')}]`;
}

/** A list of finite numbers as a bindable parameter, for `?::DOUBLE[]`. */
export function numberListParam(values: Iterable<number>): string {
  const list = [...values];
  if (list.some((v) => !Number.isFinite(v))) throw new Error('number list holds a value that is not finite');
  return `[${list.join(',')}]`;
}

export function numberColumn(table: ResultTable, name: string): number[] {
  const col = table.getChild(name);
  if (!col) throw new Error(`query result has no column ${name}`);
  return Array.from(col.toArray() as ArrayLike<number | bigint>, Number);
}

export function textColumn(table: ResultTable, name: string): (string | null)[] {
  const col = table.getChild(name);
  if (!col) throw new Error(`query result has no column ${name}`);
  return Array.from({ length: col.length }, (_, i) => col.get(i) as string | null);
}

/** A 64-bit unsigned column (H3 cells) as a BigUint64Array. */
export function bigColumn(t: ResultTable, name: string): BigUint64Array {
  const col = t.getChild(name);
  if (!col) throw new Error(`query result has no column ${name}`);
  const values = col.toArray();
  if (values instanceof BigUint64Array) return values;
  // Older Arrow builds hand 64-bit columns over as pairs of 32-bit words: view the same bytes.
  if (values instanceof Uint32Array && values.length === 2 * col.length) {
    return new BigUint64Array(values.buffer, values.byteOffset, col.length).slice();
  }
  return BigUint64Array.from({ length: col.length }, (_, i) => BigInt(col.get(i) as bigint));
}
