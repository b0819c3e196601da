import type { SqlEngine } from './sql-engine';

/**
 * The browser engine, loaded as a chunk of its own: DuckDB-WASM's JavaScript and Apache Arrow are a quarter of the
 * app's code, and the first chart (drawn from pre-built figures) needs neither, so the page's script stays small.
 */
const engineModule = () => import('./engine');

/** Starts fetching and compiling DuckDB now, without waiting for it. */
export function warmUpEngine(): void {
  void engineModule().then((module) => module.warmUpEngine());
}

export const lazyBrowserEngine: SqlEngine = {
  query: async (sql, params) => (await engineModule()).browserEngine.query(sql, params),
  queryStoppable: async (sql, signal) => (await engineModule()).browserEngine.queryStoppable(sql, signal),
  streamStoppable: async (sql, signal, onRows) =>
    (await engineModule()).browserEngine.streamStoppable(sql, signal, onRows),
  registerFile: async (name, data) => (await engineModule()).browserEngine.registerFile(name, data),
  registerFileUrl: async (name, url) => (await engineModule()).browserEngine.registerFileUrl(name, url),
  dropFile: async (name) => (await engineModule()).browserEngine.dropFile(name),
  copyFile: async (name) => (await engineModule()).browserEngine.copyFile(name),
};

/** Tells `listener` when the engine's worker fails (see engine.ts). */
export function onWorkerFailure(listener: (error: Error) => void): void {
  void engineModule().then((module) => module.onWorkerFailure(listener));
}

/** Gives up the engine so the next query starts a new one (see engine.ts). */
export async function restartBrowserEngine(): Promise<void> {
  (await engineModule()).restartBrowserEngine();
}
