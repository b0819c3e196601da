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

/** The browser engine, its chunk loaded on first use: the store starts it when a dataset or a query first needs it. */
export async function startBrowserEngine(): Promise<Required<SqlEngine>> {
  return (await engineModule()).browserEngine;
}

/** Tells `listener` when the engine's worker fails (see engine.ts). */
export function onWorkerFailure(listener: (error: Error) => void): void {
  void engineModule().then((module) => module.onWorkerFailure(listener));
}

/** Gives up the engine and answers the new one, which starts on its first query (see engine.ts). */
export async function restartBrowserEngine(): Promise<SqlEngine> {
  const module = await engineModule();
  module.restartBrowserEngine();
  return module.browserEngine;
}
