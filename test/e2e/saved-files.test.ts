import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';
import { addMarker } from './support/add-marker';
import { generateLargeCsv } from '../../scripts/generate-large-csv';
import { BAD } from './support/fixtures';
import { drawnFrom } from './support/chart-drawn';
import { keptMarkerIds } from './support/kept-marker-ids';
import { removeDataset } from './support/remove-dataset';
import { showUrl } from './support/show-url';

// One profile for the file, so what the page keeps in IndexedDB is there after a reload and a relaunch.
const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-saved-files-'));
const baseUrl = inject('baseUrl');
let open: OpenPage;
// Ten weeks of EES-shaped weekly attendance for England, its regions and local authorities (generated).
const GOOD = path.resolve('.tmp/e2e-saved-weekly.csv');

const page = () => open.page;
const datasetIds = () =>
  page()
    .locator('li[data-dataset-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset-id') ?? ''));
const userIds = async () => (await datasetIds()).filter((id) => /^u/.test(id));
/**
 * The added files this browser has kept: a file is listed once it has loaded, and kept a moment later; a reload in
 * between loses it, as it would a user's (its listing says "Kept in this browser" only once it is).
 */
const keptIds = () =>
  page()
    .locator('li[data-dataset-id]:has(.kept-size)')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset-id') ?? ''));
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });

beforeAll(async () => {
  await generateLargeCsv({ rows: 5000, out: GOOD });
  open = await openPage(baseUrl, { profileDir });
  await page().goto(`${baseUrl}?view=timeline`);
  await addMarker(page(), 'Kept through reloads');
  // On to the first view by the app's own navigation: the tests below reload and restart the browser themselves.
  await showUrl(page(), '');
  await chartReady();
});
afterAll(async () => {
  await open.close();
  rmSync(profileDir, { recursive: true, force: true });
});

test('an added file is there after a reload and a restart of the browser, and charts', async () => {
  await page().getByLabel('Add data files').setInputFiles(GOOD);
  await expect.poll(userIds, { timeout: 180_000 }).toEqual(['u1']);
  await expect.poll(keptIds).toEqual(['u1']);
  await page().reload();
  await chartReady();
  await expect.poll(userIds, { timeout: 180_000 }).toEqual(['u1']);

  await open.close();
  open = await openPage(baseUrl, { profileDir });
  // The link the Chart button writes for an added file opens it.
  await page().goto(`${baseUrl}?ds=u1`);
  await chartReady();
  // The kept file is restored after the start-up data: the chart is read once it is the file's.
  await drawnFrom(page(), 'u1');
  expect(await page().getByLabel('Dataset').inputValue()).toBe('u1');
  await expect.poll(() => page().locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
  await expect.poll(userIds, { timeout: 180_000 }).toEqual(['u1']);
  expect(await page().locator('li[data-dataset-id="u1"] h3').textContent()).toBe('e2e-saved-weekly.csv');
  await page().screenshot({ path: path.resolve('.tmp/e2e-saved-file-after-restart.png'), fullPage: true });
  // Two page loads and a browser restart, each loading the defaults and the kept file: slow on a busy machine.
}, 360_000);

test('the same file again is not loaded twice, and says which dataset has it', async () => {
  const problems = page().getByTestId('load-error');
  const before = await problems.count();
  await page()
    .getByLabel('Add data files')
    .setInputFiles({
      name: 'renamed copy.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(GOOD),
    });
  await expect.poll(() => problems.count(), { timeout: 30_000 }).toBe(before + 1);
  expect(await problems.last().textContent()).toContain(
    'renamed copy.csv is already loaded as “e2e-saved-weekly.csv”, so it was not added again.',
  );
  expect(await userIds()).toEqual(['u1']);
});

test('two zip entries of one name in different folders get different titles', async () => {
  const zip = zipSync({
    'a/same.csv': readFileSync(path.join(BAD, 'utf8-bom.csv')),
    'b/same.csv': readFileSync(path.join(BAD, 'tab-separated.tsv')),
  });
  await page()
    .getByLabel('Add data files')
    .setInputFiles({
      name: 'two-folders.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zip),
    });
  await expect.poll(userIds, { timeout: 60_000 }).toEqual(['u1', 'u2', 'u3']);
  const titles = await page().locator('li[data-dataset-id^="u"] h3').allTextContents();
  expect(titles).toEqual(['e2e-saved-weekly.csv', 'same.csv (a)', 'same.csv (b)']);
  // Kept, as the next test's page load expects.
  await expect.poll(keptIds).toEqual(['u1', 'u2', 'u3']);
});

test('Remove deletes the saved copy; a link to it then says so and offers to add the file', async () => {
  await removeDataset(page(), 'u1');
  await expect.poll(userIds, { timeout: 60_000 }).toEqual(['u2', 'u3']);
  await page().goto(`${baseUrl}?ds=u1`);
  const missing = page().getByTestId('missing-dataset');
  await expect.poll(() => missing.textContent(), { timeout: 60_000 }).toContain('is not in this browser');
  await expect.poll(userIds, { timeout: 60_000 }).toEqual(['u2', 'u3']);
  await page().screenshot({ path: path.resolve('.tmp/e2e-missing-dataset.png'), fullPage: true });

  // Adding the file from the message loads it under a new id (ids are never reused) and charts it.
  await page().getByLabel('Add the file').setInputFiles(GOOD);
  await expect.poll(() => new URL(page().url()).searchParams.get('ds'), { timeout: 60_000 }).toBe('u4');
  await chartReady();
  await drawnFrom(page(), 'u4');
  expect(await missing.count()).toBe(0);
  expect(await keptMarkerIds(page())).toHaveLength(1);
  expect(open.consoleErrors).toEqual([]);
});
