/**
 * DuckDB-WASM's worker, started so that Chromium can keep the compiled engine for the next visit.
 *
 * The worker compiles its wasm with `WebAssembly.instantiateStreaming`, but on a `new Response(stream)` of its own
 * that counts the bytes for a progress callback whenever `TransformStream` exists (`instantiateWasm` in
 * duckdb-browser-*.worker.js). Chromium attaches compiled wasm only to a response its own fetch made: the code cache
 * handler lives on that response's body (fetch_manager.cc creates it for `application/wasm` over HTTP), and a body
 * built from a stream has none (v8_wasm_response_extensions.cc: no handler, no caching callback, no cache lookup).
 * So every visit compiled the 34 MB module afresh. Without `TransformStream` the worker streams `fetch(url)` straight
 * into the compiler, and Chromium stores the optimised code and hands it back on the next visit. The app uses no
 * progress callback, and DuckDB's worker uses `TransformStream` nowhere else.
 *
 * The worker is a classic one made from a blob (the CSP allows blob: workers) that hides `TransformStream` and then
 * runs DuckDB's own script from the app's origin, unchanged. Its URL ends in the name of that script (a fragment, which
 * the blob's lookup ignores), so the worker still says what it is in the browser's tools and to the tests.
 */
export function startDuckDBWorker(scriptUrl: string): Worker {
  const absolute = new URL(scriptUrl, location.href).href;
  const source = `delete self.TransformStream;\nimportScripts(${JSON.stringify(absolute)});\n`;
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const name = absolute.split('/').pop() ?? 'duckdb';
  const worker = new Worker(`${blobUrl}#${name}`);
  // A worker that answers has read its source: the URL is not needed after.
  worker.addEventListener('message', () => URL.revokeObjectURL(blobUrl), { once: true });
  return worker;
}
