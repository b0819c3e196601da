/** The one surface every query goes through, in the browser (worker) and in Node tests alike. */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;

export interface SqlEngine {
  /** Runs one statement; values reach SQL only as `?` parameters. */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * Runs an analyst's statement on a connection of its own, a slice of work (about 100 ms) at a time: other queries
   * answer between slices, and `signal` stops it at the next one. Rejects with a QueryError once stopped. It cannot
   * write: DuckDB must read `sql` as one statement, which runs in a read-only transaction that is rolled back.
   */
  queryStoppable<T extends Row = Row>(sql: string, signal: AbortSignal): Promise<T[]>;
  /**
   * Runs an analyst's statement as `queryStoppable` does, but hands its rows to `onRows` a batch (a couple of thousand
   * rows) at a time as the engine makes them, never holding the whole result: the next batch is made only once
   * `onRows` has settled. For results too large to hold (a CSV download of millions of rows).
   */
  streamStoppable<T extends Row = Row>(
    sql: string,
    signal: AbortSignal,
    onRows: (rows: T[]) => void | Promise<void>,
  ): Promise<void>;
  /** Makes bytes or a picked/dropped file readable by `read_csv('name')`. */
  registerFile(name: string, data: Uint8Array | File): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * Makes a file on the page's own origin readable as `name` without fetching it: the engine reads the parts a
   * query needs with HTTP range requests (a hosted set too large to load whole). Absent where the engine cannot.
   */
  registerFileUrl?(name: string, url: string): Promise<void>;
  /**
   * The bytes of a file the engine has written (a database file attached under the files folder), so a user's file
   * can be kept in its typed form. Absent where the engine cannot give them: nothing typed is kept then.
   */
  copyFile?(name: string): Promise<Uint8Array>;
}
