import type { DuckDBBindingsBase } from '@duckdb/duckdb-wasm/blocking';
import { nodeEngineOn, startNodeDuckDB } from '../../scripts/node-engine';
import type { SqlEngine } from '../../src/data/sql-engine';

/**
 * The real DuckDB-WASM engine (Node build) for unit files, the one the data build uses to prebuild the first view.
 *
 * Starting a DuckDB in Node costs most of a second of CPU even with its wasm compiled once per process
 * (scripts/compiled-wasm.ts): Emscripten links the module's tens of thousands of symbols anew for every instance, and
 * unit files start over a hundred. Files take turns in long-lived processes (`isolate: false`), so the DuckDBs a
 * finished file started are taken back (test/support/unit-file-setup.ts), reset to a new empty database with no
 * registered file, and lent to later files. Within a file every engine is still a DuckDB no other engine shares.
 */
const idle: DuckDBBindingsBase[] = [];
const lent: DuckDBBindingsBase[] = [];

/**
 * A DuckDB keeps the memory it grew to (WebAssembly memory never shrinks), so a process keeps few, and none that a
 * large file grew: a new DuckDB has 16 MB.
 */
const KEEP_IDLE = 4;
const KEEP_MEMORY_BYTES = 128 * 2 ** 20;

/** A DuckDB no other engine uses: a new one, or one an earlier file used, reset. */
export async function createNodeEngine(): Promise<SqlEngine> {
  const db = idle.pop() ?? (await startNodeDuckDB());
  lent.push(db);
  return nodeEngineOn(db);
}

/** The size of the DuckDB's WebAssembly memory (Emscripten's heap view; its types are not installed). */
const memoryBytes = (db: DuckDBBindingsBase) =>
  (db.mod as unknown as { HEAPU8: Uint8Array }).HEAPU8.byteLength;

/** How many DuckDBs wait to be lent again. */
export const idleEngineCount = (): number => idle.length;

/**
 * Takes back every DuckDB lent since the last call, once the file that used them has ended: each is reset to a new
 * database (no table, attached database, setting or connection of the old one) and its registered files dropped.
 * One that cannot be reset, or grew large, is left to the garbage collector.
 */
export function takeBackEngines(): void {
  for (const db of lent.splice(0)) {
    if (idle.length >= KEEP_IDLE || memoryBytes(db) > KEEP_MEMORY_BYTES) continue;
    try {
      db.reset();
      db.dropFiles();
      idle.push(db);
    } catch {
      // Not kept: the next file starts a new DuckDB instead.
    }
  }
}
