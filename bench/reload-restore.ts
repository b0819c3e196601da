// npm run bench -- --only=reload: a user's large file, its first chart, and its chart again after a reload, restored
// from its kept typed form and (the way every reload went before) read again from its kept original.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateLargeCsv } from '../scripts/generate-large-csv';
import { openDataDrawer, openPage } from '../test/e2e/support/browser';
import { nativeIngest } from './native-ingest';
import { serveProductionBuild } from './serve-build';

const LARGE = path.resolve(import.meta.dirname, '../.tmp/large.csv');
const FILE_NAME = path.basename(LARGE);
const LONG = Number(process.env.LENS_BENCH_WAIT_MS ?? 900_000);

/** Resolves, in page time (ms since navigation), once the chart of `id` is drawn with its lines. */
function chartOf(page: Page, id: string): Promise<number> {
  return page
    .waitForFunction(
      (dataset) => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Dataset');
        const select = label ? document.getElementById(label.htmlFor) : null;
        const chart = document.querySelector('[data-chart][data-state="ready"]');
        const lines = chart?.querySelectorAll('.series-line').length ?? 0;
        const ours = (select as HTMLSelectElement | null)?.value === dataset;
        return chart && lines > 0 && ours ? performance.now() : 0;
      },
      id,
      { timeout: LONG, polling: 100 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** This page load's measure of `name` for the large file, in ms (NaN when there is none). */
const measureOf = (page: Page, name: string) =>
  page.evaluate(
    ([measure, file]) =>
      performance
        .getEntriesByName(measure)
        .filter((m) => (m as PerformanceMeasure).detail?.file === file)
        .at(-1)?.duration ?? Number.NaN,
    [name, FILE_NAME] as const,
  );

const engineReady = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('lens:duckdb-ready').at(-1)?.startTime ?? Number.NaN);

/** The kept typed form's bytes of `id`, once it is kept (null while it is not). */
const keptFormBytes = (page: Page, id: string) =>
  page.evaluate(async (file) => {
    // Opening a database that is not there yet would create it empty, before the app makes its store.
    const exists = (await indexedDB.databases()).some((d) => d.name === 'attendance-lens-typed');
    if (!exists) return null;
    return new Promise<number | null>((resolve, reject) => {
      const request = indexedDB.open('attendance-lens-typed');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('forms')) return resolve(null);
        const get = db.transaction('forms').objectStore('forms').get(file);
        get.onsuccess = () => resolve((get.result as { data: Blob } | undefined)?.data.size ?? null);
        get.onerror = () => reject(get.error);
      };
    });
  }, id);

const forgetForm = (page: Page, id: string) =>
  page.evaluate(
    (file) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('attendance-lens-typed');
        request.onsuccess = () => {
          const tx = request.result.transaction('forms', 'readwrite');
          tx.objectStore('forms').delete(file);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    id,
  );

async function waitForForm(page: Page, id: string): Promise<number> {
  for (;;) {
    const bytes = await keptFormBytes(page, id);
    if (bytes !== null) return bytes;
    await page.waitForTimeout(500);
  }
}

/** Reloads on the file's chart; ms from navigation to it drawn, and from the engine ready to it drawn. */
async function reloadToChart(page: Page, url: string, id: string) {
  await page.goto(`${url}?ds=${id}`);
  const chartMs = await chartOf(page, id);
  return { chartMs, afterEngineMs: chartMs - (await engineReady(page)) };
}

export async function runReloadBench(): Promise<void> {
  if (!existsSync(LARGE)) await generateLargeCsv({ rows: 1_000_000, out: LARGE });
  const bytes = statSync(LARGE).size;
  const server = await serveProductionBuild();
  const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-bench-reload-'));
  const open = await openPage(server.url, { profileDir });
  try {
    const { page } = open;
    await page.goto(server.url);
    await page.waitForSelector('[data-chart][data-state="ready"]', { timeout: LONG });
    console.log(`Adding the ${(bytes / 1e6).toFixed(0)} MB file, to its first chart…`);
    const handedOver = await page.evaluate(() => performance.now());
    await page.getByLabel('Add data files').setInputFiles(LARGE);
    await page.waitForSelector('li[data-dataset-id="u1"]', { state: 'attached', timeout: LONG });
    await openDataDrawer(page);
    await page
      .locator('li[data-dataset-id="u1"]')
      .getByRole('button', { name: /^Chart/ })
      .click();
    console.log('  listed; waiting for its chart…');
    const firstChart = (await chartOf(page, 'u1')) - handedOver;
    console.log('  charted; waiting for its typed form to be kept…');
    const ingestMs = await measureOf(page, 'lens:ingest');
    const formBytes = await waitForForm(page, 'u1');
    const keepMs = await measureOf(page, 'lens:typed-keep');

    console.log('Reload, restored from the kept typed form…');
    const restored = await reloadToChart(page, server.url, 'u1');
    const attachMs = await measureOf(page, 'lens:attach');
    console.log('Reload, read again from the kept original (its typed form deleted first)…');
    await forgetForm(page, 'u1');
    const reparsed = await reloadToChart(page, server.url, 'u1');
    const reparseIngestMs = await measureOf(page, 'lens:ingest');
    await waitForForm(page, 'u1');
    const errors = [...open.consoleErrors];
    await open.close();

    console.log('Native DuckDB on the same file (median of 3)…');
    const native = await nativeIngest(LARGE, 3);
    const result = {
      user_file_first_chart_ms: Math.round(firstChart),
      user_file_ingest_ms: Math.round(ingestMs),
      native_mb_s: Number(native.mbPerSecond.toFixed(1)),
      native_seconds: Number(native.seconds.toFixed(1)),
      first_chart_vs_native: Number((firstChart / 1000 / native.seconds).toFixed(2)),
      typed_keep_ms: Math.round(keepMs),
      typed_form_mb: Number((formBytes / 1e6).toFixed(1)),
      reload_restore_ms: Math.round(restored.chartMs),
      reload_restore_after_engine_ms: Math.round(restored.afterEngineMs),
      reload_restore_attach_ms: Math.round(attachMs),
      reload_reparse_ms: Math.round(reparsed.chartMs),
      reload_reparse_after_engine_ms: Math.round(reparsed.afterEngineMs),
      reload_reparse_ingest_ms: Math.round(reparseIngestMs),
    };
    console.log('');
    console.log(
      `User file first chart      ${result.user_file_first_chart_ms} ms (${result.first_chart_vs_native}× native's plain read, ${result.native_seconds} s = ${result.native_mb_s} MB/s)   [target: at most 2×]`,
    );
    console.log(
      `Typed form kept            ${result.typed_form_mb} MB, written in ${result.typed_keep_ms} ms after the chart`,
    );
    console.log(
      `Reload, restored           ${result.reload_restore_ms} ms from navigation, ${result.reload_restore_after_engine_ms} ms after the engine was ready (attach ${result.reload_restore_attach_ms} ms)   [target: within 2000 ms of the engine]`,
    );
    console.log(
      `Reload, re-parsed (before) ${result.reload_reparse_ms} ms from navigation, ${result.reload_reparse_after_engine_ms} ms after the engine was ready (load ${result.reload_reparse_ingest_ms} ms)`,
    );
    if (errors.length) console.log(`Console errors during the run: ${errors.join(' | ')}`);
    console.log(JSON.stringify(result));
  } finally {
    await open.close().catch(() => undefined);
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}
