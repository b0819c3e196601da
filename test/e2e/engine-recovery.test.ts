import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { generateLargeCsv } from '../../scripts/generate-large-csv';
import { openDataDrawer, openPage, type OpenPage } from './support/browser';

const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-engine-recovery-'));
const baseUrl = inject('baseUrl');
let open: OpenPage;
// Ten weeks of EES-shaped weekly attendance for England, its regions and local authorities (generated).
const ADDED = path.resolve('.tmp/e2e-recovery-weekly.csv');

const page = () => open.page;
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]');
const userIds = () =>
  page()
    .locator('li[data-dataset-id^="u"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-dataset-id') ?? ''));
const lines = () => page().locator('figure[data-chart] .series-line').count();

/** DuckDB-WASM's worker (the page's other workers, such as the unzipper's, are made from blobs). */
function engineWorker(tab: Page) {
  const worker = tab.workers().find((w) => w.url().includes('duckdb'));
  if (!worker)
    throw new Error(
      `No DuckDB worker among ${tab
        .workers()
        .map((w) => w.url())
        .join(', ')}`,
    );
  return worker;
}

beforeAll(async () => {
  await generateLargeCsv({ rows: 5000, out: ADDED });
  open = await openPage(baseUrl, { profileDir });
  await page().goto(baseUrl);
  await chartReady();
  await page().getByLabel('Add data files').setInputFiles(ADDED);
  await page().waitForSelector('li[data-dataset-id="u1"]', { state: 'attached' });
});
afterAll(async () => {
  await open.close();
  rmSync(profileDir, { recursive: true, force: true });
});

test('the engine’s worker failing restarts it by itself: the charts answer again and the added file is back', async () => {
  const before = engineWorker(page());
  // A real failure of the worker: an error nothing in it catches, as when it runs out of memory.
  await before.evaluate(() => {
    setTimeout(() => {
      throw new Error('lens test: the engine worker failed');
    });
  });
  const notice = page().getByTestId('engine-notice');
  await expect
    .poll(() => notice.textContent())
    .toContain('The data engine stopped and was restarted; your 1 file was loaded again.');
  expect(page().workers()).not.toContain(before);
  await expect.poll(userIds).toEqual(['u1']);

  // The added file charts from the new engine, and so does the default data.
  await openDataDrawer(page());
  for (const id of ['u1', 'annual_absence']) {
    await page()
      .locator(`li[data-dataset-id="${id}"]`)
      .getByRole('button', { name: /^Chart/ })
      .click();
    // This dataset's chart, not the one drawn before the press: the choice is on the page first.
    await expect.poll(() => page().getByLabel('Dataset').inputValue()).toBe(id);
    await chartReady();
    await expect.poll(lines).toBeGreaterThan(0);
  }
  await page().screenshot({ path: path.resolve('.tmp/e2e-engine-restarted.png'), fullPage: true });
  // The only errors on the console are DuckDB-WASM's report of the failure (the event, then its message).
  const others = open.consoleErrors.filter(
    (m) => !/^ErrorEvent$|lens test: the engine worker failed/.test(m),
  );
  expect(others).toEqual([]);
});
