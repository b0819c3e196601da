import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { generateLargeCsv } from '../../scripts/generate-large-csv';
import type { Manifest } from '../../src/data/default-data';
import { openDataDrawer, openPage, type OpenPage } from './support/browser';
import { addMarker } from './support/add-marker';
import { drawnFrom } from './support/chart-drawn';
import { keptMarkerIds } from './support/kept-marker-ids';
import { pressOn } from './support/press-on';
import { showUrl } from './support/show-url';

// Issue #27: a fault in the engine's worker, or a Cancel, while a kept file loads again must never delete it.

const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-restore-kept-'));
const baseUrl = inject('baseUrl');
let open: OpenPage;
// Two EES-shaped weekly attendance files (generated); the second, u2, is the one each case stops.
const FIRST = path.resolve('.tmp/e2e-restore-first.csv');
const SECOND = path.resolve('.tmp/e2e-restore-second.csv');
const SECOND_NAME = path.basename(SECOND);
const manifest = JSON.parse(readFileSync(path.resolve('data/manifest.json'), 'utf8')) as Manifest;

const page = () => open.page;
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]', { timeout: 120_000 });
const loadedUserIds = () =>
  page()
    .locator('li[data-dataset-id^="u"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset-id') ?? ''));
const notLoadedIds = () =>
  page()
    .locator('li[data-kept-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kept-id') ?? ''));
const summaryOf = (id: string) => page().locator(`li[data-dataset-id="${id}"] p`).first().textContent();
/** Why a kept file was not loaded (the line under it that is not the storage it takes). */
const keptMessage = (id: string) =>
  page().locator(`li[data-kept-id="${id}"] p:not(.kept-size)`).textContent();

/** What IndexedDB holds: each kept file's id, with the faults in a row recorded for its loads. */
const stored = () =>
  page().evaluate(
    () =>
      new Promise<[string, number][]>((resolve, reject) => {
        const request = indexedDB.open('attendance-lens-files');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['files', 'load-faults']);
          const ids = tx.objectStore('files').getAllKeys();
          const faultIds = tx.objectStore('load-faults').getAllKeys();
          const faults = tx.objectStore('load-faults').getAll();
          tx.oncomplete = () => {
            const byId = new Map(faultIds.result.map((id, i) => [String(id), Number(faults.result[i])]));
            request.result.close();
            resolve(ids.result.map((id) => [String(id), byId.get(String(id)) ?? 0]));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

/** The first view's data files: kept files load once they are in, so holding them holds the restore back. */
function isFirstViewFile(url: URL): boolean {
  return manifest.datasets
    .filter((d) => d.load === 'first')
    .some((d) => {
      const dot = d.file.lastIndexOf('.');
      const [stem, extension] = [d.file.slice(0, dot), d.file.slice(dot)];
      const name = url.pathname.split('/').at(-1) ?? '';
      return name.startsWith(stem) && name.endsWith(extension) && !name.endsWith(`.meta${extension}`);
    });
}

/**
 * Installed in DuckDB-WASM's own worker before any kept file loads: the first message that gives the engine a piece
 * of u2 (or u2's kept typed form, which a reload attaches instead of parsing) is never handled. `fault` then throws in
 * the worker (nothing catches it, as when it runs out of memory); `stall` holds the message until `__lensRelease()`.
 * A string, so that nothing the test compiler adds reaches the worker.
 */
const workerHook = (mode: 'fault' | 'stall') => `new Promise((resolve) => {
  const install = () => {
    const original = globalThis.onmessage;
    if (typeof original !== 'function') return setTimeout(install, 10);
    globalThis.onmessage = (event) => {
      const args = event.data && event.data.data;
      const name = Array.isArray(args) ? args[0] : undefined;
      // u2's first piece when it is read from its original, or its typed form when that is attached.
      const ofU2 = typeof name === 'string' && (name.includes('raw_u2.') || name.endsWith('/u2.duckdb'));
      if (!globalThis.__lensHit && ofU2) {
        globalThis.__lensHit = true;
        if (${JSON.stringify(mode)} === 'fault')
          setTimeout(() => { throw new Error('lens test: the engine worker failed'); });
        else globalThis.__lensRelease = () => original.call(globalThis, event);
        return undefined;
      }
      return original.call(globalThis, event);
    };
    resolve(undefined);
  };
  install();
})`;

/** Opens the page again, as a new visit; with a hook, the engine's worker stops u2's load as `hook` says. */
async function visit(hook: 'fault' | 'stall' | null = null): Promise<Worker | null> {
  if (!hook) {
    await page().goto(baseUrl);
    return null;
  }
  let hooked: () => void = () => undefined;
  const installed = new Promise<void>((resolve) => {
    hooked = resolve;
  });
  const hold = async (route: { continue: () => Promise<void> }) => {
    await installed;
    await route.continue();
  };
  await page().route(isFirstViewFile, hold);
  const engineWorker = page().waitForEvent('worker', {
    predicate: (w) => w.url().includes('duckdb'),
    timeout: 120_000,
  });
  await page().goto(baseUrl);
  const worker = await engineWorker;
  await worker.evaluate(workerHook(hook));
  hooked();
  // Waits for the held requests to go on, so none is handled twice.
  await page().unrouteAll({ behavior: 'wait' });
  return worker;
}

/** Both kept files are accounted for (loaded, or listed as not loaded) and no load is in progress. */
async function settled(): Promise<void> {
  const accounted = async () => {
    const ids = [...(await loadedUserIds()), ...(await notLoadedIds())].sort();
    return { ids, loading: await page().locator('.load-progress li').count() };
  };
  await expect
    .poll(accounted, { timeout: 240_000, interval: 500 })
    .toEqual({ ids: ['u1', 'u2'], loading: 0 });
  // Opened once it is known whether a file was not loaded: the drawer opens by itself then, and a click on its
  // toggle at that moment would close it.
  await openDataDrawer(page());
}

/** The engine was started again after the fault the hook caused, with the data it held. */
const restarted = () =>
  expect
    .poll(() => page().getByTestId('engine-notice').textContent(), { timeout: 180_000 })
    .toContain('The data engine stopped and was restarted; your 1 file was loaded again.');

/** u2 charts from the engine as it is now. */
async function chartsU2(): Promise<void> {
  await page()
    .locator('li[data-dataset-id="u2"]')
    .getByRole('button', { name: /^Chart/ })
    .click();
  await chartReady();
  // The start-up chart stays ready until u2's is drawn: its lines are counted once the chart is u2's.
  await drawnFrom(page(), 'u2');
  await expect
    .poll(() => page().locator('figure[data-chart] .series-line').count(), { timeout: 60_000 })
    .toBeGreaterThan(0);
}

let secondSummary: string | null = null;

beforeAll(async () => {
  await generateLargeCsv({ rows: 3000, out: FIRST, seed: 1 });
  await generateLargeCsv({ rows: 6000, out: SECOND, seed: 2 });
  open = await openPage(baseUrl, { profileDir });
  await page().goto(`${baseUrl}?view=timeline`);
  await addMarker(page(), 'Kept through faults', { timeout: 180_000 });
  // On to the first view by the app's own navigation: each case below opens the page anew itself.
  await showUrl(page(), '');
  await chartReady();
}, 360_000);
afterAll(async () => {
  await open.close();
  rmSync(profileDir, { recursive: true, force: true });
});

test('two added files are loaded and kept', async () => {
  await page().getByLabel('Add data files').setInputFiles([FIRST, SECOND]);
  await expect.poll(loadedUserIds, { timeout: 180_000 }).toEqual(['u1', 'u2']);
  await expect.poll(stored, { timeout: 60_000 }).toEqual([
    ['u1', 0],
    ['u2', 0],
  ]);
  secondSummary = await summaryOf('u2');
}, 360_000);

test('Cancel while a kept file loads again keeps it; the next visit loads it, with the same rows', async () => {
  const worker = await visit('stall');
  await expect.poll(() => worker?.evaluate('globalThis.__lensHit === true'), { timeout: 180_000 }).toBe(true);
  await openDataDrawer(page());
  // By keyboard: the Cancel button of the load in progress, then Enter.
  await pressOn(page().getByRole('button', { name: `Cancel loading ${SECOND_NAME}` }));
  await worker?.evaluate('globalThis.__lensRelease()');
  await settled();

  expect(await notLoadedIds()).toEqual(['u2']);
  expect(await keptMessage('u2')).toBe('Loading was cancelled. It is still kept in this browser.');
  expect(await loadedUserIds()).toEqual(['u1']);
  expect(await page().getByTestId('load-error').count()).toBe(0);
  expect(await stored()).toEqual([
    ['u1', 0],
    ['u2', 0],
  ]);
  await page().screenshot({ path: path.resolve('.tmp/e2e-restore-cancelled.png'), fullPage: true });

  await visit();
  await settled();
  expect(await loadedUserIds()).toEqual(['u1', 'u2']);
  expect(await summaryOf('u2')).toBe(secondSummary);
  await chartsU2();
}, 600_000);

test('a fault in the engine’s worker while a kept file loads again keeps it; Load again gives the same rows', async () => {
  await visit('fault');
  await settled();
  await restarted();
  expect(await notLoadedIds()).toEqual(['u2']);
  expect(await keptMessage('u2')).toMatch(
    /^The data engine stopped while this file was loading \(.*lens test: the engine worker failed\)\. The engine was restarted with your other data\. It is still kept in this browser\.$/,
  );
  expect(await page().locator('.data-summary').textContent()).toContain('1 kept file not loaded this time');
  expect(await stored()).toEqual([
    ['u1', 0],
    ['u2', 1],
  ]);

  // By keyboard: Load again, then Enter; focus stays in the panel.
  await pressOn(page().getByRole('button', { name: `Load again ${SECOND_NAME}` }));
  await expect.poll(() => page().evaluate(() => document.activeElement?.id)).toBe('data-title');
  await expect.poll(loadedUserIds, { timeout: 180_000 }).toEqual(['u1', 'u2']);
  expect(await summaryOf('u2')).toBe(secondSummary);
  expect(await notLoadedIds()).toEqual([]);
  await expect.poll(stored).toEqual([
    ['u1', 0],
    ['u2', 0],
  ]);
  await chartsU2();
}, 600_000);

test('a kept file whose loads broke the engine twice in a row waits for the user at start-up, still kept', async () => {
  for (const faults of [1, 2]) {
    await visit('fault');
    await settled();
    await restarted();
    expect(await notLoadedIds()).toEqual(['u2']);
    await expect.poll(stored).toEqual([
      ['u1', 0],
      ['u2', faults],
    ]);
  }

  await visit();
  await settled();
  expect(await loadedUserIds()).toEqual(['u1']);
  expect(await notLoadedIds()).toEqual(['u2']);
  expect(await keptMessage('u2')).toBe(
    'Not loaded at start-up: the data engine stopped while loading this file on each of the last 2 tries, so it waits for you. It is still kept in this browser.',
  );
  expect(await stored()).toEqual([
    ['u1', 0],
    ['u2', 2],
  ]);
  const kept = page().locator('li[data-kept-id="u2"]');
  await page().screenshot({ path: path.resolve('.tmp/e2e-restore-held-back.png'), fullPage: true });
  // Both of the user's choices are buttons reached by Tab.
  await pressOn(kept.getByRole('button', { name: /^Load again/ }), 'Tab');
  expect(await page().evaluate(() => document.activeElement?.textContent)).toBe(
    `Remove ${SECOND_NAME} from this browser`,
  );
  await page().keyboard.press('Shift+Tab');
  await page().keyboard.press('Enter');
  await expect.poll(loadedUserIds, { timeout: 180_000 }).toEqual(['u1', 'u2']);
  expect(await summaryOf('u2')).toBe(secondSummary);
  await chartsU2();
  expect(await keptMarkerIds(page())).toHaveLength(1);
  // The only errors on the console are DuckDB-WASM's reports of the failures the test caused.
  const others = open.consoleErrors.filter(
    (m) => !/^ErrorEvent$|lens test: the engine worker failed/.test(m),
  );
  expect(others).toEqual([]);
}, 900_000);
