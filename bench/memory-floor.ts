import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage } from '../test/e2e/support/browser';
import { ownBrowserPssMb } from '../test/e2e/support/browser-memory';
import { ownBrowserPssByRole } from './process-memory';
import { startupFiles } from './defaults-ready';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

/**
 * The memory floor under `memory_defaults_mb` (issue 24: the page with the defaults attached ≤ 500 MB), in the one
 * measure the bench uses: PSS of the Chromium processes this process started. Three pages, each in a browser of its
 * own: about:blank; a page of the app's origin that only starts DuckDB-WASM's worker (the build's own worker and
 * wasm, instantiated and opened, no app code, no data); and the app with every start-up default answering.
 */
export interface MemoryFloor {
  blank_mb: number;
  engine_only_mb: number;
  memory_defaults_mb: number;
  /** The app's renderer process alone (the page and its workers, DuckDB's included), in the run of median total. */
  memory_defaults_page_mb: number;
}

/** A page's settled PSS: all of its browser's processes, and by role (see process-memory.ts). */
interface Settled {
  total: number;
  byRole: Record<string, number>;
}

const SETTLE_MS = 3_000;

/** The median of five samples a quarter-second apart, after the page has been left alone for a few seconds. */
async function settledPss(page: Page): Promise<Settled> {
  await page.waitForTimeout(SETTLE_MS);
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    samples.push(ownBrowserPssMb());
    await page.waitForTimeout(250);
  }
  return { total: Math.round(median(samples)), byRole: ownBrowserPssByRole() };
}

/** The eh worker and wasm of the production build (the bundle every current browser gets). */
function builtEngineFiles(): { worker: string; wasm: string } {
  const assets = readdirSync(path.resolve(import.meta.dirname, '../.tmp/bench-dist/assets'));
  const worker = assets.find((name) => /^duckdb-browser-eh\.worker-.*\.js$/.test(name));
  const wasm = assets.find((name) => /^duckdb-eh-.*\.wasm$/.test(name));
  if (!worker || !wasm) throw new Error('The build has no DuckDB eh worker or wasm.');
  return { worker: `assets/${worker}`, wasm: `assets/${wasm}` };
}

/** DuckDB-WASM's own worker protocol: INSTANTIATE with the wasm's address, then OPEN, each answered before the next. */
const ENGINE_ONLY_PAGE = (worker: string, wasm: string) => `<!doctype html><title>engine only</title><script>
const w = new Worker(${JSON.stringify(worker)});
let id = 0;
const call = (type, data) => new Promise((resolve, reject) => {
  const messageId = ++id;
  w.addEventListener('message', function on(e) {
    // Progress reports carry the request's id too: only its answer (OK or ERROR) ends it.
    if (e.data.requestId !== messageId || !['OK', 'ERROR'].includes(e.data.type)) return;
    w.removeEventListener('message', on);
    e.data.type === 'ERROR' ? reject(new Error(type + ': ' + (e.data.data && e.data.data.message))) : resolve(e.data);
  });
  w.postMessage({ messageId, type, data });
});
call('INSTANTIATE', [new URL(${JSON.stringify(wasm)}, location.href).href, null])
  .then(() => call('OPEN', {}))
  .then(() => { document.title = 'ready'; }, (e) => { document.title = 'failed ' + e.message; });
</script>`;

async function blankPss(): Promise<Settled> {
  const open = await openPage('about:blank');
  try {
    await open.page.goto('about:blank');
    return await settledPss(open.page);
  } finally {
    await open.close();
  }
}

async function engineOnlyPss(url: string): Promise<Settled> {
  const { worker, wasm } = builtEngineFiles();
  const open = await openPage(url);
  try {
    const address = new URL('engine-only.html', url).href;
    await open.page.route(address, (route) =>
      route.fulfill({ contentType: 'text/html', body: ENGINE_ONLY_PAGE(worker, wasm) }),
    );
    await open.page.goto(address);
    await open.page.waitForFunction(() => document.title !== 'engine only', null, { timeout: 300_000 });
    const title = await open.page.title();
    if (title !== 'ready') throw new Error(`DuckDB did not start: ${title}`);
    return await settledPss(open.page);
  } finally {
    await open.close();
  }
}

async function defaultsPss(url: string, files: readonly string[]): Promise<Settled> {
  const open = await openPage(url);
  try {
    await open.page.goto(url);
    await open.page.waitForFunction(
      (names) => {
        const loaded = new Set(
          performance.getEntriesByName('lens:ingest').map((e) => (e as PerformanceMeasure).detail?.file),
        );
        return names.every((n) => loaded.has(n));
      },
      files,
      { timeout: 300_000, polling: 100 },
    );
    return await settledPss(open.page);
  } finally {
    await open.close();
  }
}

/** The three measures on a served production build, `runs` times each (medians). */
export async function memoryFloor(url: string, files: readonly string[], runs = 3): Promise<MemoryFloor> {
  const blank: Settled[] = [];
  const engine: Settled[] = [];
  const app: Settled[] = [];
  for (let i = 0; i < runs; i++) {
    blank.push(await blankPss());
    engine.push(await engineOnlyPss(url));
    app.push(await defaultsPss(url, files));
  }
  const totals = (settled: Settled[]) => settled.map((s) => s.total);
  console.log(
    `  runs (MB): blank ${totals(blank).join(', ')}; engine only ${totals(engine).join(', ')}; app ${totals(app).join(', ')}`,
  );
  const medianRun = (settled: Settled[]) =>
    [...settled].sort((a, b) => a.total - b.total)[Math.floor(settled.length / 2)] ?? {
      total: NaN,
      byRole: {},
    };
  for (const [name, settled] of [
    ['blank', blank],
    ['engine only', engine],
    ['app', app],
  ] as const)
    console.log(`  by process, ${name} (MB): ${JSON.stringify(medianRun(settled).byRole)}`);
  return {
    blank_mb: median(totals(blank)),
    engine_only_mb: median(totals(engine)),
    memory_defaults_mb: median(totals(app)),
    memory_defaults_page_mb: medianRun(app).byRole.renderer ?? NaN,
  };
}

/** `npm run bench -- --only=memory`: these three measures alone, on a fresh production build. */
export async function runMemoryFloorBench(): Promise<void> {
  const server = await serveProductionBuild();
  try {
    const result = await memoryFloor(server.url, startupFiles());
    console.log(`Chromium, about:blank: ${result.blank_mb} MB`);
    console.log(`Chromium + DuckDB-WASM worker only (instantiated, opened): ${result.engine_only_mb} MB`);
    console.log(
      `The app, every start-up default answering: ${result.memory_defaults_mb} MB   [target: ≤ 500 MB]`,
    );
    console.log(
      `  of which its page (renderer process, DuckDB's worker within): ${result.memory_defaults_page_mb} MB`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runMemoryFloorBench();
