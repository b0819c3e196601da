import { createRequire } from 'node:module';
import path from 'node:path';
import {
  createDuckDB,
  NODE_RUNTIME,
  ResultStreamIterator,
  VoidLogger,
  type DuckDBBindings,
  type DuckDBBindingsBase,
} from '@duckdb/duckdb-wasm/blocking';
import { RecordBatchReader } from 'apache-arrow';
import { arrowToRows } from '../src/data/arrow-rows';
import { instantiateFromCompiledWasm } from './compiled-wasm';
import { CONSOLE_TRANSACTION } from '../src/data/engine-lockdown';
import { ENGINE_START_STATEMENTS, USE_STORAGE } from '../src/data/engine-storage';
import { QueryError, engineMessage, stoppedQuery } from '../src/data/query-error';
import type { Row, SqlEngine, SqlValue } from '../src/data/sql-engine';

const require = createRequire(import.meta.url);
/** A turn of the event loop for other work, as the browser's worker gives between two messages. */
const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

/**
 * A DuckDB of its own (own memory, files and tables), started from DuckDB-WASM's Node bindings; only the compiled wasm
 * code is shared within the process.
 */
export async function startNodeDuckDB(): Promise<DuckDBBindingsBase> {
  const db = await createDuckDB(
    {
      mvp: {
        mainModule: path.join(dist, 'duckdb-mvp.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs'),
      },
      eh: {
        mainModule: path.join(dist, 'duckdb-eh.wasm'),
        mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs'),
      },
    },
    new VoidLogger(),
    NODE_RUNTIME,
  );
  await instantiateFromCompiledWasm(db, NODE_RUNTIME);
  await db.instantiate();
  return db;
}

/** The real DuckDB-WASM engine (Node build) behind the same interface the browser uses, on a DuckDB of its own. */
export async function createNodeEngine(): Promise<SqlEngine> {
  return nodeEngineOn(await startNodeDuckDB());
}

/**
 * The engine interface on `db`, which it then has to itself: a connection with the app's start statements (compressed
 * storage, the lockdown), as the browser's engine starts.
 */
export function nodeEngineOn(db: DuckDBBindings): SqlEngine {
  const conn = db.connect();
  for (const statement of ENGINE_START_STATEMENTS) conn.query(statement);
  /**
   * As in the browser: each console statement on a connection of its own, one statement only, in a transaction that
   * cannot write and is always rolled back; it runs in slices, with a turn for other work between two of them.
   */
  async function onConsoleConnection<R>(
    sql: string,
    signal: AbortSignal,
    work: (bindings: DuckDBBindings, id: number) => Promise<R>,
  ): Promise<R> {
    try {
      signal.throwIfAborted();
      const stoppable = db.connect();
      try {
        stoppable.query(USE_STORAGE);
        stoppable.prepare(sql).close();
        stoppable.query(CONSOLE_TRANSACTION.begin);
        return await stoppable.useUnsafe(work);
      } finally {
        try {
          stoppable.query(CONSOLE_TRANSACTION.end);
        } finally {
          stoppable.close();
        }
      }
    } catch (error) {
      if (signal.aborted) throw stoppedQuery(sql, signal.reason);
      throw new QueryError(engineMessage(error), sql, error);
    }
  }

  /** Starts `sql` and polls it a slice at a time until its result is ready; `signal` cancels it between slices. */
  async function started(
    bindings: DuckDBBindings,
    id: number,
    sql: string,
    stream: boolean,
    signal: AbortSignal,
  ) {
    let header = bindings.startPendingQuery(id, sql, stream);
    while (header === null) {
      await turn();
      if (signal.aborted) bindings.cancelPendingQuery(id);
      signal.throwIfAborted();
      header = bindings.pollPendingQuery(id);
    }
    return RecordBatchReader.from(new ResultStreamIterator(bindings, id, header));
  }

  return {
    async query<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
      try {
        if (params.length === 0) return arrowToRows<T>(conn.query(sql));
        const statement = conn.prepare(sql);
        try {
          return arrowToRows<T>(statement.query(...params));
        } finally {
          statement.close();
        }
      } catch (error) {
        throw new QueryError(engineMessage(error), sql, error);
      }
    },
    queryStoppable<T extends Row>(sql: string, signal: AbortSignal): Promise<T[]> {
      return onConsoleConnection(sql, signal, async (bindings, id) => {
        const reader = await started(bindings, id, sql, false, signal);
        return reader.readAll().flatMap((batch) => arrowToRows<T>(batch));
      });
    },
    streamStoppable<T extends Row>(
      sql: string,
      signal: AbortSignal,
      onRows: (rows: T[]) => void | Promise<void>,
    ): Promise<void> {
      return onConsoleConnection(sql, signal, async (bindings, id) => {
        const reader = await started(bindings, id, sql, true, signal);
        // Each batch is made when asked for; the turn between two lets other work (and a Cancel) in.
        for (const batch of reader) {
          await onRows(arrowToRows<T>(batch));
          await turn();
          signal.throwIfAborted();
        }
      });
    },
    async registerFile(name, data) {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    async copyFile(name) {
      return db.copyFileToBuffer(name);
    },
  };
}
