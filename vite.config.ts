/// <reference types="vitest/config" />
import { defineConfig, createLogger, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { prerenderFirstView } from './scripts/prerender-first-view.ts';
import { hostedFiles } from './scripts/scale-set/serve-hosted.ts';

// DuckDB-WASM's worker bundles reference source maps that are not shipped; Vite warns about each one.
const logger = createLogger();
const warn = logger.warn.bind(logger);
logger.warn = (message, options) => {
  if (message.includes('sourcemap') && message.includes('duckdb')) return;
  warn(message, options);
};

/**
 * The built page may talk only to its own origin. DuckDB-WASM needs to compile WebAssembly ('wasm-unsafe-eval'); fflate
 * unzips in a worker made from a blob; Recharts and React set inline style attributes. Dev mode is left without it,
 * since Vite's dev client injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * The same policy sent as response headers, where it can also forbid framing (clickjacking): a <meta> policy cannot
 * carry frame-ancestors. `npm run preview` sends these; README.md shows them for common static hosts.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * Every file under `assets/` has its content's hash in its name, so a browser may keep it for good: a repeat visit then
 * takes DuckDB's wasm and scripts from its cache without asking the server again (the preview server otherwise sends
 * `no-cache`, a round trip per file). The page itself (`index.html`) is still checked each time.
 */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const previewHeaders: Plugin = {
  name: 'attendance-lens-preview-headers',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
      // Vite's static server keeps a Cache-Control set here. Only a built file is cached for good: a missing one
      // is answered with the page (or a 404), which must never be kept under an asset's name.
      const pathname = new URL(request.url ?? '/', 'http://host').pathname;
      if (pathname.startsWith('/assets/') && existsSync(path.join(server.config.build.outDir, pathname)))
        response.setHeader('Cache-Control', ASSET_CACHE_CONTROL);
      next();
    });
  },
};

/**
 * `npm run preview` also serves a hosted set written by `npm run data:scale` (the git-ignored `hosted/` folder) at
 * `hosted/`, with range requests, as a static host beside the app would.
 */
const hostedSets: Plugin = {
  name: 'attendance-lens-hosted-sets',
  configurePreviewServer(server) {
    const hosted = hostedFiles(path.join(server.config.root, 'hosted'));
    server.middlewares.use((request, response, next) => hosted.handle(request, response, next));
  },
};

const contentSecurityPolicy: Plugin = {
  name: 'attendance-lens-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
};

/**
 * Test files run two at once. Vitest leaves a core free by default, which on a 2-core machine runs one file at a time;
 * a unit file's time is mostly one single-threaded DuckDB-WASM, so two files at once use both cores.
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, previewHeaders, hostedSets, prerenderFirstView()],
  customLogger: logger,
  base: './',
  // Data files stay files (fetched from the page's own origin), never inlined as data: URLs the CSP would block.
  // One stylesheet, linked from the page's head: the app's code is a chunk loaded after the engine's (src/main.tsx), and
  // the pre-drawn first view must be styled from the first paint, not when that chunk's styles arrive.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, assetsInlineLimit: 0, cssCodeSplit: false },
  worker: { format: 'es' },
  test: {
    // expect.poll gives up after 1 s by default: on a loaded 2-core machine a table can take longer to re-sort or
    // a chart to redraw, and a poll that only waits is never a speed assertion.
    expect: { poll: { timeout: 30_000 } },
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          // Files take turns in a few long-lived processes (the forks pool, not isolated): a process of its own per
          // file started Node and imported the same modules (DuckDB-WASM, Arrow, React) anew for each of ~230 files,
          // and compiled DuckDB's wasm anew (scripts/compiled-wasm.ts keeps it per process). Modules are shared; each
          // file still makes engines of its own (DuckDBs earlier files used, reset: test/support/node-engine.ts) and
          // starts with a fresh IndexedDB and no stubbed global (the setup file).
          isolate: false,
          setupFiles: ['test/support/unit-file-setup.ts'],
          maxWorkers: WORKERS,
          // A limit only ends a test that hangs: with the machine busy, loading a real DfE file twice into DuckDB
          // (load-dataset.test.ts, "a file read in pieces") took over 30 s and failed.
          testTimeout: 120_000,
          // Starting DuckDB and loading the default files in a beforeAll takes longer than 10 s on a busy machine.
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          // Browser files share the unit files' pool of two (Vitest runs them first, being another project): one
          // browser file's page and engine use about one core, so one at a time left the other core idle for ten
          // minutes. Every read after an action waits on the state that action draws, so two at a time do not race.
          maxWorkers: WORKERS,
          // Every wait in a browser test waits on a state the page reaches (an element, an attribute, a count), with
          // these limits and Playwright's (support/browser.ts) in place of limits of its own: under a load of 20 on
          // two cores a marker's save took longer than the 10 s one test allowed. A limit only ends a wait that would
          // never end; passing tests never wait it out.
          expect: { poll: { timeout: 120_000 } },
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
