import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openDataDrawer, openPage, type OpenPage } from './support/browser';
import { generateLargeCsv } from '../../scripts/generate-large-csv';
import { drawnFrom, redrawnAfter } from './support/chart-drawn';
import { removeDataset } from './support/remove-dataset';

// Issue #24 point 3: an added file is kept in its typed form and a reload restores it without parsing; an older or
// damaged form, and a storage that refuses, each say so and the file still charts.

const baseUrl = inject('baseUrl');
const FILE = path.resolve('.tmp/e2e-typed-weekly.csv');
const FILE_NAME = path.basename(FILE);
const profiles: string[] = [];
let open: OpenPage;

const page = () => open.page;
const userIds = () =>
  page()
    .locator('li[data-dataset-id]')
    .evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-dataset-id') ?? '').filter((id) => /^u/.test(id)),
    );
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]', { timeout: 120_000 });
/** The drawn lines of the added file's default chart: the same rows draw the same lines. */
const lines = () =>
  page()
    .locator('figure[data-chart] .series-line')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
const problems = () => page().getByTestId('load-error').allTextContents();
/** How the page's loads of the file went: `read` when its bytes were parsed, `attach` when a typed file was attached. */
const loadsOfFile = () =>
  page().evaluate((name) => {
    const kinds = new Map([
      ['lens:load-read', 'read'],
      ['lens:attach', 'attach'],
    ]);
    return performance
      .getEntriesByType('measure')
      .filter((m) => kinds.has(m.name) && (m as PerformanceMeasure).detail?.file === name)
      .map((m) => kinds.get(m.name));
  }, FILE_NAME);
/** Each typed form kept in this browser, by file id: its format version and the bytes it takes. */
const storedForms = () =>
  page().evaluate(
    () =>
      new Promise<Record<string, { version: number; bytes: number }>>((resolve, reject) => {
        const request = indexedDB.open('attendance-lens-typed');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('forms')) return resolve({});
          const all = db.transaction('forms').objectStore('forms').getAll();
          all.onsuccess = () =>
            resolve(
              Object.fromEntries(
                all.result.map((form: { id: string; version: number; data: Blob }) => [
                  form.id,
                  { version: form.version, bytes: form.data.size },
                ]),
              ),
            );
          all.onerror = () => reject(all.error);
        };
      }),
  );
const formsBy = async (field: 'version' | 'bytes') =>
  Object.fromEntries(Object.entries(await storedForms()).map(([id, form]) => [id, form[field]]));
/** The versions of the typed forms kept in this browser, by file id. */
const keptForms = () => formsBy('version');
/** The bytes each kept typed form takes in storage, by file id. */
const formBytes = () => formsBy('bytes');
/** The storage the data panel says the file and all kept files take, in bytes (null where it says none). */
const shownStorage = () =>
  page().evaluate(() => {
    const bytes = (selector: string, attribute: string) => {
      const value = document.querySelector(selector)?.getAttribute(attribute);
      return value === null || value === undefined ? null : Number(value);
    };
    return {
      file: bytes('li[data-dataset-id="u1"] .kept-size', 'data-kept-bytes'),
      total: bytes('.kept-total', 'data-kept-total'),
    };
  });

/** Rewrites a kept form in this browser's storage, as an older app or a damaged disk would have left it. */
const alterForm = (change: 'older' | 'damaged') =>
  page().evaluate(async (how) => {
    const done = (request: IDBRequest | IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        if (request instanceof IDBTransaction) request.oncomplete = () => resolve();
        else request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
    const opening = indexedDB.open('attendance-lens-typed');
    await done(opening);
    const db = opening.result;
    const get = db.transaction('forms').objectStore('forms').get('u1');
    await done(get);
    const form = get.result as { version: number; data: Blob };
    if (how === 'older') form.version = 0;
    else {
      const bytes = new Uint8Array(await form.data.arrayBuffer());
      bytes.fill(7, 4096, bytes.length - 4096);
      form.data = new Blob([bytes]);
    }
    const tx = db.transaction('forms', 'readwrite');
    tx.objectStore('forms').put(form);
    await done(tx);
    db.close();
  }, change);

async function freshPage(): Promise<void> {
  const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-typed-'));
  profiles.push(profileDir);
  open = await openPage(baseUrl, { profileDir });
}

beforeAll(async () => {
  await generateLargeCsv({ rows: 5000, out: FILE });
  await freshPage();
});
afterAll(async () => {
  await open.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

test('a reloaded file is attached from its typed form, not parsed, and draws the same chart', async () => {
  await page().goto(baseUrl);
  await chartReady();
  await page().getByLabel('Add data files').setInputFiles(FILE);
  await expect.poll(userIds, { timeout: 180_000 }).toEqual(['u1']);
  await openDataDrawer(page());
  // The lines kept below are the file's: the start-up chart stays ready until the file's is drawn.
  await redrawnAfter(page(), () =>
    page()
      .locator('li[data-dataset-id="u1"]')
      .getByRole('button', { name: /^Chart/ })
      .click(),
  );
  await drawnFrom(page(), 'u1');
  await expect.poll(async () => (await lines()).length, { timeout: 120_000 }).toBeGreaterThan(0);
  const first = await lines();
  expect(await loadsOfFile()).toEqual(['read']);
  await expect.poll(keptForms, { timeout: 180_000 }).toEqual({ u1: 1 });
  // The storage shown: the kept original and its typed form, as this browser holds them.
  const stored = statSync(FILE).size + ((await formBytes()).u1 ?? 0);
  await expect.poll(shownStorage, { timeout: 60_000 }).toEqual({ file: stored, total: stored });

  await page().reload();
  await chartReady();
  await drawnFrom(page(), 'u1');
  await expect.poll(loadsOfFile, { timeout: 180_000 }).toEqual(['attach']);
  await expect.poll(lines, { timeout: 120_000 }).toEqual(first);
  expect(await problems()).toEqual([]);
  await openDataDrawer(page());
  await expect.poll(shownStorage, { timeout: 60_000 }).toEqual({ file: stored, total: stored });
  await expect(page().locator('.kept-total').textContent()).resolves.toMatch(/The file you added takes \d/);
}, 600_000);

for (const change of ['older', 'damaged'] as const)
  test(`a ${change} typed form is read again from the kept file, said, and kept anew`, async () => {
    await alterForm(change);
    await page().goto(`${baseUrl}?ds=u1`);
    await chartReady();
    await expect.poll(loadsOfFile, { timeout: 180_000 }).toEqual(['read']);
    await expect
      .poll(async () => (await problems()).join(' '), { timeout: 60_000 })
      .toMatch(
        change === 'older'
          ? /read again from the kept file, because its stored form was made by an older version of this app/
          : /read again from the kept file, because its stored form could not be read/,
      );
    await drawnFrom(page(), 'u1');
    await expect.poll(async () => (await lines()).length, { timeout: 120_000 }).toBeGreaterThan(0);
    await expect.poll(keptForms, { timeout: 180_000 }).toEqual({ u1: 1 });
  }, 600_000);

test('Remove deletes the kept file and its typed form, and the storage shown goes with them', async () => {
  await removeDataset(page(), 'u1');
  await expect.poll(userIds, { timeout: 180_000 }).toEqual([]);
  await expect.poll(formBytes, { timeout: 60_000 }).toEqual({});
  await expect.poll(shownStorage).toEqual({ file: null, total: null });
}, 600_000);

test('a storage that refuses the typed form says so, and the file still charts', async () => {
  await open.close();
  await freshPage();
  // The browser refuses to store a typed form (a full disk answers the same way).
  await page().addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'forms') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page().goto(baseUrl);
  await chartReady();
  await page().getByLabel('Add data files').setInputFiles(FILE);
  await expect.poll(userIds, { timeout: 180_000 }).toEqual(['u1']);
  await expect
    .poll(async () => (await problems()).join(' '), { timeout: 180_000 })
    .toMatch(/could not also keep it ready to open quickly: the space this browser gives the site is full/);
  expect(await keptForms()).toEqual({});
  await page().goto(`${baseUrl}?ds=u1`);
  await chartReady();
  await drawnFrom(page(), 'u1');
  await expect.poll(async () => (await lines()).length, { timeout: 120_000 }).toBeGreaterThan(0);
}, 600_000);
