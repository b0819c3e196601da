import { expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageForFile } from './support/page-for-file';
import { redrawnAfter } from './support/chart-drawn';
import { showTable } from './support/chart-table';
import { showUrl } from './support/show-url';

const baseUrl = inject('baseUrl');
const open = pageForFile();

const chart = () => open.page.locator('[data-chart]');
const chartReady = () => open.page.waitForSelector('[data-chart][data-state="ready"]');
const cell = (period: string, key: string) =>
  open.page.locator('table.data-table tr', { hasText: period }).locator(`td[data-area="${key}"]`);

test('opening the view loads the band counts and charts severe absence by free school meals', async () => {
  await open.page.goto(`${baseUrl}?view=characteristics`);
  await chartReady();
  await expect
    .poll(() => open.page.getByRole('heading', { level: 2 }).first().textContent())
    .toBe('Severe absence by free school meal eligibility: England, all phases');
  await expect.poll(() => open.page.locator('.chart-legend button').count()).toBe(4);
  await showTable(open.page);
  // From the CSV, not the app: 70141 of 1855167 FSM-eligible pupils in 2022/23 (see
  // test/data/sql/characteristics-query.test.ts for the awk command) = 3.7808%.
  await expect.poll(() => cell('2022/23', 'group:Eligible').textContent()).toBe('3.78%');
  await expect.poll(() => cell('2022/23', 'all').textContent()).toBe('2.03%');
  await expect.poll(() => cell('2019/20', 'all').textContent()).toContain('no two-term or full-year release');
  expect(open.consoleErrors).toEqual([]);
});

test('the characteristic can be changed with the keyboard, and the URL keeps it', async () => {
  const before = await chart().getAttribute('data-render-key');
  await open.page.getByLabel('Characteristic').focus();
  await open.page.keyboard.press('ArrowDown');
  await expect.poll(() => new URL(open.page.url()).searchParams.get('ch.by')).toBe('sen');
  await expect.poll(() => chart().getAttribute('data-render-key')).not.toBe(before);
  await chartReady();
  await expect
    .poll(() => open.page.getByRole('heading', { level: 2 }).first().textContent())
    .toMatch(/^Severe absence by special educational needs/);
  await expect
    .poll(() => open.page.locator('.chart-legend button').allTextContents())
    .toEqual([
      'All pupils (shown)',
      'Any special educational need (shown)',
      'No identified special educational need (shown)',
      'Unclassified (hidden)',
    ]);
  await expect.poll(() => cell('2022/23', 'all').textContent()).toBe('2.03%');
  const [download] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  // Six years × (all pupils + three SEN groups), and the header.
  expect(csv).toHaveLength(25);
  expect(csv).toContain(
    '2022/23,2022-09-01,E92000001,England,All phases,sen_status,All pupils,150260,7396032,2.03,',
  );
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-characteristics.png'), fullPage: true });
  expect(open.consoleErrors).toEqual([]);
});

test('one year of one region draws a bar per group', async () => {
  // London's bars, not the chart drawn before the choice.
  await redrawnAfter(open.page, async () => {
    await open.page
      .getByLabel('Area', { exact: true })
      .selectOption({ label: 'London (Inner and Outer London)' });
    await open.page.getByLabel('Year').selectOption('2022/23');
  });
  await chartReady();
  await expect.poll(() => chart().locator('.recharts-bar-rectangle').count()).toBe(4);
  await expect
    .poll(() => open.page.getByRole('heading', { level: 2 }).first().textContent())
    .toBe(
      'Severe absence by special educational needs: London (Inner and Outer London), all phases, 2022/23',
    );
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-characteristics-year.png'), fullPage: true });
  expect(open.consoleErrors).toEqual([]);
});

// Issue #11 point 10: DfE's band file gives no number of schools, so the view says so and shows none (no count is
// made up). The file's header is read here to check that it really carries no schools column.
test('the band file gives no number of schools, and the view says so', async () => {
  const header =
    readFileSync(path.resolve('data/severe_absence_characteristics.csv'), 'utf8').split('\n')[0] ?? '';
  expect(header).toMatch(/^time_period,/);
  expect(header.split(',').filter((column) => /school/.test(column))).toEqual([]);
  await showUrl(open.page, '?view=characteristics');
  await chartReady();
  await expect
    .poll(() => open.page.locator('[data-testid="coverage-caveat"]').textContent())
    // Issue #26 point 10: the census counts every state-funded school; the daily collection's warning is not said.
    .toMatch(/^These figures come from the school census, which every state-funded school must return/);
  await showTable(open.page);
  // Counted in the tables (the figures' and the counts') once shown: none is found in a table not yet drawn.
  await open.page.locator('table.data-table').first().waitFor();
  expect(await open.page.locator('.schools-reporting').count()).toBe(0);
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-characteristics-schools.png'), fullPage: true });
  expect(open.consoleErrors).toEqual([]);
});
