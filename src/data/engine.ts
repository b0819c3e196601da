import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows } from './arrow-rows';
import { startDuckDBWorker } from './duckdb-worker';
import { CONSOLE_TRANSACTION } from './engine-lockdown';
import { ENGINE_START_STATEMENTS, USE_STORAGE } from './engine-storage';
import { QueryError, engineMessage, stoppedQuery } from './query-error';
import type { Row, SqlEngine, SqlValue } from './sql-engine';

// Bundled with the app, never fetched from a CDN: users sit behind firewalls.
const bundles: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

/**
 * A file registered by URL (a hosted set) is read in parts, by HTTP range requests: never fetched whole, which is the
 * point of hosting it. DuckDB-WASM otherwise falls back to one plain GET of the whole file.
 */
const HTTP_READS = {
  reliableHeadRequests: true,
  allowFullHTTPReads: false,
  forceFullHTTPReads: false,
} as const;

async function startDuckDB(): Promise<duckdb.AsyncDuckDBConnection> {
  performance.mark('lens:duckdb-start');
  const bundle = await duckdb.selectBundle(bundles);
  if (!bundle.mainWorker) throw new Error('No DuckDB worker bundle for this browser.');
  const worker = startDuckDBWorker(bundle.mainWorker);
  currentWorker = worker;
  // DuckDB-WASM drops the calls waiting on a worker that reports an error without answering them; say so instead.
  worker.addEventListener('error', (event) => {
    if (worker === currentWorker) workerFailed?.(new Error(event.message || 'The worker failed.'));
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  // Absolute, as the worker's script address is: the worker runs from a blob (duckdb-worker.ts), which cannot resolve
  // a path such as the dev server's `/node_modules/…/duckdb-eh.wasm`.
  await db.instantiate(new URL(bundle.mainModule, location.href).href);
  performance.mark('lens:duckdb-compiled');
  await db.open({ filesystem: HTTP_READS });
  performance.mark('lens:duckdb-instantiated');
  const connection = await db.connect();
  performance.mark('lens:duckdb-connected');
  for (const statement of ENGINE_START_STATEMENTS) await connection.query(statement);
  performance.mark('lens:duckdb-ready');
  registered = db;
  return connection;
}

let registered: duckdb.AsyncDuckDB | undefined;
let starting: Promise<duckdb.AsyncDuckDBConnection> | undefined;
let currentWorker: Worker | undefined;
let workerFailed: ((error: Error) => void) | undefined;

/** Tells `listener` when the engine's worker reports an error (it crashed, or ran out of memory). */
export function onWorkerFailure(listener: (error: Error) => void): void {
  workerFailed = listener;
}

/**
 * Gives up the engine (its worker is terminated, its prepared statements forgotten); the next query starts a new
 * one. Used after a fault, when the old worker cannot be trusted with anything.
 */
export function restartBrowserEngine(): void {
  currentWorker?.terminate();
  currentWorker = undefined;
  starting = undefined;
  registered = undefined;
  prepared.clear();
}

/** One lazily started DuckDB-WASM in a worker, shared by the whole page. */
function connection(): Promise<duckdb.AsyncDuckDBConnection> {
  starting ??= startDuckDB();
  return starting;
}

/** Starts DuckDB without waiting for it: called before the first render, so the wasm compiles while React mounts. */
export function warmUpEngine(): void {
  void connection();
}

async function database(): Promise<duckdb.AsyncDuckDB> {
  await connection();
  if (!registered) throw new Error('DuckDB did not start.');
  return registered;
}

/**
 * Prepared statements kept by their SQL: the charts ask the same few shapes of query with new values, and each
 * prepare and close is a round trip to the worker. The oldest is closed past the limit.
 */
const PREPARED_LIMIT = 48;
const prepared = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();

function preparedStatement(conn: duckdb.AsyncDuckDBConnection, sql: string) {
  let statement = prepared.get(sql);
  if (statement) prepared.delete(sql);
  else statement = conn.prepare(sql);
  prepared.set(sql, statement);
  if (prepared.size > PREPARED_LIMIT) {
    const [oldest, old] = prepared.entries().next().value ?? [];
    if (oldest !== undefined) prepared.delete(oldest);
    void old?.then((s) => s.close()).catch(() => undefined);
  }
  return statement;
}

function forgetStatement(sql: string): void {
  const statement = prepared.get(sql);
  prepared.delete(sql);
  void statement?.then((s) => s.close()).catch(() => undefined);
}

async function runPrepared(conn: duckdb.AsyncDuckDBConnection, sql: string, params: readonly SqlValue[]) {
  const kept = prepared.has(sql);
  try {
    return await (await preparedStatement(conn, sql)).query(...params);
  } catch (error) {
    forgetStatement(sql);
    // A statement prepared just now failed for a real reason. A kept one may instead have outlived the tables it
    // read (a dataset removed or loaded again): it is prepared afresh, once.
    if (!kept) throw error;
    return (await preparedStatement(conn, sql)).query(...params);
  }
}

/**
 * A connection of the console's own for one statement, opened for it and closed after. The worker runs one message
 * at a time, and `query` holds it until the answer is ready; a statement sent on this connection runs in slices
 * instead, and the charts' queries and the dataset loads on the main connection are answered between two slices,
 * never behind the whole of it. One connection per statement lets a page of rows be read while the row count is
 * still being made, and a cancelled statement never leaves a transaction behind for the next one to meet.
 */
async function consoleConnection(): Promise<duckdb.AsyncDuckDBConnection> {
  const conn = await (await database()).connect();
  await conn.query(USE_STORAGE);
  return conn;
}

/** Settles as soon as `signal` aborts, without waiting for the worker to finish the slice it is running. */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * Runs `work` on a console connection in a read-only transaction. On Cancel the caller is answered at once; the
 * worker reads the cancel between two slices of the statement, and the rollback and close follow it in the worker's
 * queue, so the connection is given up whatever the statement was doing.
 */
async function onConsoleConnection<R>(
  sql: string,
  signal: AbortSignal,
  work: (conn: duckdb.AsyncDuckDBConnection) => Promise<R>,
): Promise<R> {
  let opened: duckdb.AsyncDuckDBConnection | undefined;
  const cancel = () => void opened?.cancelSent().catch(() => undefined);
  signal.addEventListener('abort', cancel, { once: true });
  try {
    signal.throwIfAborted();
    const connecting = consoleConnection();
    const conn = await untilStopped(connecting, signal).catch((error: unknown) => {
      // Opened after all, too late: given up at once.
      void connecting.then((late) => late.close()).catch(() => undefined);
      throw error;
    });
    opened = conn;
    try {
      // DuckDB refuses to prepare more than one statement, so a text that hides a second one never starts.
      await untilStopped(
        conn.prepare(sql).then((statement) => statement.close()),
        signal,
      );
      await untilStopped(conn.query(CONSOLE_TRANSACTION.begin), signal);
      return await work(conn);
    } finally {
      void conn
        .query(CONSOLE_TRANSACTION.end)
        .catch(() => undefined)
        .finally(() => conn.close().catch(() => undefined));
    }
  } catch (error) {
    if (signal.aborted) throw stoppedQuery(sql, signal.reason);
    throw new QueryError(engineMessage(error), sql, error);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}

/** The console's query: one statement, its whole (small) answer at once. */
function runStoppable<T extends Row>(sql: string, signal: AbortSignal): Promise<T[]> {
  return onConsoleConnection(sql, signal, async (conn) => {
    const reader = await untilStopped(conn.send(sql), signal);
    const batches = await untilStopped(reader.readAll(), signal);
    return batches.flatMap((batch) => arrowToRows<T>(batch));
  });
}

/**
 * The console's query as a stream: DuckDB makes the result a chunk per request, so neither the worker nor the page
 * ever holds the whole of it, and each request is a short turn of the worker.
 */
function streamStoppable<T extends Row>(
  sql: string,
  signal: AbortSignal,
  onRows: (rows: T[]) => void | Promise<void>,
): Promise<void> {
  return onConsoleConnection(sql, signal, async (conn) => {
    const reader = await untilStopped(conn.send(sql, true), signal);
    for (;;) {
      const next = await untilStopped(reader.next(), signal);
      if (next.done) return;
      await onRows(arrowToRows<T>(next.value));
      signal.throwIfAborted();
    }
  });
}

export const browserEngine: SqlEngine & Required<Pick<SqlEngine, 'copyFile' | 'registerFileUrl'>> = {
  async query<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    const conn = await connection();
    try {
      if (params.length === 0) return arrowToRows<T>(await conn.query(sql));
      return arrowToRows<T>(await runPrepared(conn, sql, params));
    } catch (error) {
      throw new QueryError(engineMessage(error), sql, error);
    }
  },
  queryStoppable<T extends Row>(sql: string, signal: AbortSignal): Promise<T[]> {
    return runStoppable<T>(sql, signal);
  },
  streamStoppable<T extends Row>(
    sql: string,
    signal: AbortSignal,
    onRows: (rows: T[]) => void | Promise<void>,
  ): Promise<void> {
    return streamStoppable<T>(sql, signal, onRows);
  },
  async registerFile(name, data) {
    const db = await database();
    if (data instanceof Uint8Array) await db.registerFileBuffer(name, data);
    else await db.registerFileHandle(name, data, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  },
  async registerFileUrl(name, url) {
    const db = await database();
    await db.registerFileURL(name, url, duckdb.DuckDBDataProtocol.HTTP, false);
  },
  async dropFile(name) {
    const db = await database();
    await db.dropFile(name);
  },
  async copyFile(name) {
    const db = await database();
    return db.copyFileToBuffer(name);
  },
};
