/**
 * DuckDB-WASM's worker, started so that Chromium can keep the compiled engine for the next visit.
 *
 * The worker compiles its wasm with `WebAssembly.instantiateStreaming`, but on a `new Response(stream)` of its own
 * that counts the bytes for a progress callback whenever `TransformStream` exists (`instantiateWasm` in
 * duckdb-browser-*.worker.js). Chromium attaches compiled wasm only to a response its own fetch made: the code cache
 * handler lives on that response's body (fetch_manager.cc creates it for `application/wasm` over HTTP), and a body
 * built from a stream has none (v8_wasm_response_extensions.cc: no handler, no caching callback, no cache lookup).
 * So every visit compiled the 34 MB module afresh. Without `TransformStream` the worker streams `fetch(url)` straight
 * into the compiler, so Chromium can keep the compiled code for the next visit: it does once V8 writes it, which
 * V8 decides (after some optimised code and a quiet spell; with Chromium's own settings that write did not come
 * within 90 s in our runs, see bench/engine-warm.ts). The app uses no progress callback, and DuckDB's worker uses
 * `TransformStream` nowhere else; it logs a console warning that it instantiates without a progress handler.
 */

/**
 * The source of a classic worker that hides `TransformStream` and then runs DuckDB's own script, unchanged, from
 * `absoluteScriptUrl` (a blob worker has no base URL to resolve a relative one against).
 */
export function duckdbWorkerSource(absoluteScriptUrl: string): string {
  return `delete self.TransformStream;\nimportScripts(${JSON.stringify(absoluteScriptUrl)});\n`;
}

/**
 * Starts DuckDB's worker from a blob (the CSP allows blob: workers). Its URL ends in the name of DuckDB's script (a
 * fragment, which the blob's lookup ignores), so the worker still says what it is in the browser's tools and to tests.
 */
export function startDuckDBWorker(scriptUrl: string): Worker {
  const absolute = new URL(scriptUrl, location.href);
  const source = new Blob([duckdbWorkerSource(absolute.href)], { type: 'text/javascript' });
  const blobUrl = URL.createObjectURL(source);
  const worker = new Worker(`${blobUrl}#${absolute.pathname.split('/').pop()}`);
  // A worker that answers has read its source: the URL is not needed after.
  worker.addEventListener('message', () => URL.revokeObjectURL(blobUrl), { once: true });
  return worker;
}
