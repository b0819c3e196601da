import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { STORAGE_STATEMENTS } from '../src/data/engine-storage';
import { QueryError, engineMessage } from '../src/data/query-error';
import type { Row, SqlEngine, SqlValue } from '../src/data/sql-engine';

/** A 64-bit integer as the browser's engine gives it to a view: a number where it fits exactly. */
const plain = (value: unknown): unknown =>
  typeof value === 'bigint' && Number.isSafeInteger(Number(value)) ? Number(value) : value;

function rowsOf<T extends Row>(objects: Record<string, unknown>[]): T[] {
  return objects.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])) as T);
}

export interface NativeEngine extends SqlEngine {
  close(): void;
}

/**
 * The app's `SqlEngine` over native DuckDB (`@duckdb/node-api`): the same SQL builders, the same typed files, a
 * DuckDB server's engine instead of the browser's. It lives in scripts/ because the browser bundle must never reach
 * a native module: the app imports only src/, and no src/ module imports scripts/.
 *
 * It reads files in place, by their paths (a DuckDB server next to the hosted files would): nothing is registered,
 * and the browser's lockdown to one folder of registered files does not apply. The same statements run otherwise.
 */
export async function createNativeEngine(): Promise<NativeEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn: DuckDBConnection = await instance.connect();
  for (const statement of STORAGE_STATEMENTS) await conn.run(statement);

  async function run<T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
    try {
      const reader = await conn.runAndReadAll(sql, params as DuckDBValue[]);
      return rowsOf<T>(reader.getRowObjectsJS() as Record<string, unknown>[]);
    } catch (error) {
      throw new QueryError(engineMessage(error), sql, error);
    }
  }

  return {
    query: run,
    // The console's statements need its read-only transaction and slices, which this engine does not give.
    queryStoppable: async (sql) => {
      throw new QueryError("The native engine runs the views' queries only, not the SQL console.", sql, null);
    },
    streamStoppable: async (sql) => {
      throw new QueryError("The native engine runs the views' queries only, not the SQL console.", sql, null);
    },
    async registerFile() {
      throw new Error('The native engine reads files in place, by path: it registers none.');
    },
    async dropFile() {},
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
