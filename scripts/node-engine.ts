import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, ResultStreamIterator, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { RecordBatchReader } from 'apache-arrow';
import { arrowToRows } from '../src/data/arrow-rows';
import { CONSOLE_TRANSACTION } from '../src/data/engine-lockdown';
import { oneAtATime } from '../src/data/one-at-a-time';
import { ENGINE_START_STATEMENTS, USE_STORAGE } from '../src/data/engine-storage';
import { QueryError, engineMessage, stoppedQuery } from '../src/data/query-error';
import type { Row, SqlEngine, SqlValue } from '../src/data/sql-engine';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));

/** The real DuckDB-WASM engine (Node build) behind the same interface the browser uses. */
export async function createNodeEngine(): Promise<SqlEngine> {
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
  await db.instantiate();
  const conn = db.connect();
  for (const statement of ENGINE_START_STATEMENTS) conn.query(statement);
  const stoppable = db.connect();
  const consoleTurn = oneAtATime();
  stoppable.query(USE_STORAGE);
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
    /** As the browser's worker does: the query runs in slices, with a turn for other work between two of them. */
    queryStoppable<T extends Row>(sql: string, signal: AbortSignal): Promise<T[]> {
      return consoleTurn(async () => {
        try {
          signal.throwIfAborted();
          // As in the browser: one statement only, in a transaction that cannot write and is always rolled back.
          stoppable.prepare(sql).close();
          stoppable.query(CONSOLE_TRANSACTION.begin);
          try {
            return await stoppable.useUnsafe(async (bindings, id) => {
              let header = bindings.startPendingQuery(id, sql, false);
              while (header === null) {
                await new Promise((resolve) => setTimeout(resolve, 0));
                if (signal.aborted) bindings.cancelPendingQuery(id);
                signal.throwIfAborted();
                header = bindings.pollPendingQuery(id);
              }
              const reader = RecordBatchReader.from(new ResultStreamIterator(bindings, id, header));
              return reader.readAll().flatMap((batch) => arrowToRows<T>(batch));
            });
          } finally {
            stoppable.query(CONSOLE_TRANSACTION.end);
          }
        } catch (error) {
          if (signal.aborted) throw stoppedQuery(sql, signal.reason);
          throw new QueryError(engineMessage(error), sql, error);
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
