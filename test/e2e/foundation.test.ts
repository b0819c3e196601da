import { expect, inject, test } from 'vitest';
import path from 'node:path';
import { openDataDrawer, openPage } from './support/browser';
import { pageForFile } from './support/page-for-file';
import { trendDrawnFor } from './support/chart-drawn';
import { DFE } from './support/fixtures';

const baseUrl = inject('baseUrl');
const open = pageForFile();

const chartReady = () => open.page.waitForSelector('[data-chart][data-state="ready"]');

test('start-up draws England and the nine regions from the default data', async () => {
  await open.page.goto(baseUrl);
  await chartReady();
  await expect.poll(() => open.page.locator('.chart-legend button').count()).toBe(10);
  await expect
    .poll(() => open.page.getByRole('heading', { level: 2, name: /Severe absence rate/ }).count())
    .toBe(1);
  await open.page.getByRole('button', { name: 'Table' }).click();
  const england2324 = open.page
    .locator('table.data-table tr', { hasText: '2023/24' })
    .locator('td[data-area="E92000001"]');
  await expect.poll(() => england2324.textContent()).toBe('2.30%');
  const gap = open.page
    .locator('table.data-table tr', { hasText: '2019/20' })
    .locator('td[data-area="E92000001"]');
  await expect.poll(() => gap.textContent()).toContain('no two-term or full-year release');
  // Issue #11: the pandemic years' figures are flagged in the table as not like other years.
  const covid = open.page.locator('table.data-table tr', { hasText: '2020/21' }).locator('th');
  await expect.poll(() => covid.textContent()).toContain('code X, which does not count as absence');
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-startup.png') });
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('the scripts the page starts with carry neither DuckDB nor Arrow: the engine is a chunk of its own', async () => {
  // The first chart is drawn from pre-built figures: it must not wait for the engine's code to arrive and be parsed.
  const html = await (await fetch(baseUrl)).text();
  const startScripts = [
    ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  expect(startScripts.length).toBeGreaterThan(0);
  const texts = await Promise.all(
    startScripts.map(async (src) => (await fetch(new URL(src, baseUrl))).text()),
  );
  // DuckDB-WASM's instantiation step, and the Arrow file format's magic and error text.
  const engineCode = ['INSTANTIATE', 'ARROW1', 'Unrecognized type'];
  for (const [index, text] of texts.entries())
    for (const code of engineCode) expect(text.includes(code), `${startScripts[index]}: ${code}`).toBe(false);
  const lazyChunk = texts.join('').match(/import\(`\.\/(engine-[\w-]+\.js)`\)/)?.[1];
  expect(lazyChunk).toBeTruthy();
  const engine = await (await fetch(new URL(`assets/${lazyChunk}`, baseUrl))).text();
  for (const code of engineCode) expect(engine).toContain(code);
});

test('adding a real DfE file the app has never seen charts its indicator', async () => {
  await open.page.getByLabel('Add data files').setInputFiles(path.join(DFE, 'history/absence_by_term.csv'));
  await open.page.waitForSelector('li[data-dataset-id="u1"]', { state: 'attached' });
  await open.page.getByLabel('Dataset').selectOption('u1');
  await open.page.getByLabel('Indicator').selectOption('sess_overall_percent');
  // The added file's chart, not the default one drawn before the choice.
  await trendDrawnFor(open.page, { view: 'ds_u1', indicator: 'sess_overall_percent' });
  await chartReady();
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
  expect(open.consoleErrors).toEqual([]);
});

test('removing an added file leaves the other charts answering', async () => {
  await openDataDrawer(open.page);
  await open.page.getByRole('button', { name: 'Remove absence_by_term.csv' }).click();
  // The removal waits behind the default files still loading in the background.
  await expect.poll(() => open.page.locator('li[data-dataset-id="u1"]').count()).toBe(0);
  await open.page.getByLabel('Dataset').selectOption('annual_absence');
  await open.page.getByLabel('Indicator').selectOption('sess_overall_percent');
  // The default file's chart, not the removed file's drawn before the choice.
  await trendDrawnFor(open.page, { view: 'ds_annual_absence', indicator: 'sess_overall_percent' });
  await chartReady();
  await expect.poll(() => open.page.locator('.chart-legend button').count()).toBe(10);
  // The same file added again is a new dataset, read afresh.
  await open.page.getByLabel('Add data files').setInputFiles(path.join(DFE, 'history/absence_by_term.csv'));
  await open.page.waitForSelector('li[data-dataset-id="u2"]', { state: 'attached' });
  await open.page.getByLabel('Dataset').selectOption('u2');
  await open.page.getByLabel('Indicator').selectOption('sess_overall_percent');
  await trendDrawnFor(open.page, { view: 'ds_u2', indicator: 'sess_overall_percent' });
  await chartReady();
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
  expect(open.consoleErrors).toEqual([]);
});

test('the background defaults load by themselves while the user keeps using the page', async () => {
  const fresh = await openPage(baseUrl);
  try {
    await fresh.page.goto(baseUrl);
    await fresh.page.waitForSelector('[data-chart][data-state="ready"]');
    const ytd = fresh.page.locator('li[data-dataset-id="attendance_ytd"]');
    // Each default attaches from its typed file in milliseconds, so start-up does not wait for the user to pause
    // (it did while defaults were parsed from CSV): a key pressed before every look must not hold the files back.
    await expect
      .poll(async () => {
        await fresh.page.keyboard.press('Shift');
        return ytd.count();
      })
      .toBe(1);
    expect(fresh.consoleErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('a bad file shows its message and the earlier data is still there', async () => {
  await open.page.getByLabel('Add data files').setInputFiles({
    name: 'ragged.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'time_period,time_identifier,geographic_level\n202324,Academic year,National\n202425,Academic year,National,extra\n',
    ),
  });
  const message = open.page.getByTestId('load-error');
  await expect.poll(() => message.textContent()).toMatch(/ragged\.csv \(line 3, column “geographic_level”\)/);
  await expect.poll(() => open.page.locator('li[data-dataset-id]').count()).toBeGreaterThanOrEqual(2);
  await open.page.getByLabel('Dataset').selectOption('annual_absence');
  await trendDrawnFor(open.page, { view: 'ds_annual_absence' });
  await chartReady();
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-bad-file.png') });
  expect(open.consoleErrors).toEqual([]);
});
