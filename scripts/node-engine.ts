import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { arrowToRows } from '../src/data/arrow-rows';
import { ENGINE_START_STATEMENTS } from '../src/data/engine-storage';
import { QueryError, engineMessage } from '../src/data/query-error';
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
    async registerFile(name, data) {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
  };
}
