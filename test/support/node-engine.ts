import type { DuckDBBindingsBase } from '@duckdb/duckdb-wasm/blocking';
import { nodeEngineOn, startNodeDuckDB } from '../../scripts/node-engine';
import type { SqlEngine } from '../../src/data/sql-engine';

/**
 * The real DuckDB-WASM engine (Node build) for unit files, the one the data build uses to prebuild the first view.
 *
 * Starting a DuckDB in Node is costly even with its wasm compiled once per process (scripts/compiled-wasm.ts):
 * Emscripten links the module's tens of thousands of symbols anew for every instance, and unit files start over a
 * hundred. Files take turns in long-lived processes (`isolate: false`), so the DuckDBs a finished file used are taken
 * back (test/support/unit-file-setup.ts), reset to a new empty database with no registered file, and lent to later
 * files. Within a file every engine is a DuckDB no other engine shares; an engine is a lease on its DuckDB that ends
 * with its file, so work a file left running can never reach the DuckDB a later file was lent.
 */
interface Lease {
  db: DuckDBBindingsBase;
  ended: boolean;
  /** Calls started and not yet settled: a DuckDB still busy when its file ends is not lent again. */
  running: number;
}

const idle: DuckDBBindingsBase[] = [];
const leases: Lease[] = [];

/**
 * A DuckDB keeps the memory it grew to (WebAssembly memory never shrinks), so a process keeps few, and none that a
 * large file grew.
 */
const KEEP_IDLE = 3;
const KEEP_MEMORY_BYTES = 128 * 2 ** 20;

/** The engine's calls, each refused once the lease has ended, and counted while it runs. */
function leased(engine: SqlEngine, lease: Lease): SqlEngine {
  const guarded = Object.entries(engine).map(([name, call]) => [
    name,
    async (...args: unknown[]) => {
      if (lease.ended)
        throw new Error(`engine.${name} called after the test file that made the engine ended`);
      lease.running += 1;
      try {
        return await (call as (...a: unknown[]) => unknown)(...args);
      } finally {
        lease.running -= 1;
      }
    },
  ]);
  return Object.fromEntries(guarded) as unknown as SqlEngine;
}

/** A DuckDB no other engine uses: a new one, or one an earlier file used, reset. */
export async function createNodeEngine(): Promise<SqlEngine> {
  const lease: Lease = { db: idle.pop() ?? (await startNodeDuckDB()), ended: false, running: 0 };
  leases.push(lease);
  return leased(nodeEngineOn(lease.db), lease);
}

/** The size of the DuckDB's WebAssembly memory (Emscripten's heap view; its types are not installed). */
const memoryBytes = (db: DuckDBBindingsBase) =>
  (db.mod as unknown as { HEAPU8: Uint8Array }).HEAPU8.byteLength;

/** How many DuckDBs wait to be lent again. */
export const idleEngineCount = (): number => idle.length;

/**
 * Ends every lease since the last call, once the file that made the engines has ended: each DuckDB is reset to a new
 * database (no table, attached database, setting or connection of the old one) and its registered files dropped.
 * One still running a call, grown large, or that cannot be reset is left to its old engine and the garbage collector.
 */
export function takeBackEngines(): void {
  for (const lease of leases.splice(0)) {
    lease.ended = true;
    const { db } = lease;
    if (lease.running > 0 || idle.length >= KEEP_IDLE || memoryBytes(db) > KEEP_MEMORY_BYTES) continue;
    try {
      db.reset();
      db.dropFiles();
      idle.push(db);
    } catch {
      // Not kept: the next file starts a new DuckDB instead.
    }
  }
}
