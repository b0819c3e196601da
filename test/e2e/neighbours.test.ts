import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';

let open: OpenPage;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  open = await openPage(baseUrl);
});
afterAll(async () => {
  await open.close();
});

const chartReady = () =>
  open.page.waitForSelector('[data-chart][data-state="ready"] .recharts-surface', { timeout: 90_000 });
const cell = (period: string, column: string) =>
  open.page.locator(`.neighbours-table tr[data-period="${period}"] td[data-column="${column}"]`);

/*
 * Hand-computed from data/annual_absence.csv (severe absence, Total) and data/statistical_neighbours.csv: Barnsley
 * 2024/25 3.11; its ten neighbours 2.97 3.21 2.75 2.30 2.74 2.16 2.45 2.82 2.92 2.96, median 2.785, range 2.16 to
 * 3.21; only Wakefield (3.21) is higher, so Barnsley ranks 2 of 11.
 */
test('Barnsley and its statistical neighbours, reached from the drill-in', async () => {
  await open.page.goto(new URL('?geo=drill:E08000016', baseUrl).toString());
  await chartReady();
  await open.page.getByRole('button', { name: 'Compare with its statistical neighbours' }).click();
  await expect.poll(() => new URL(open.page.url()).searchParams.get('geo')).toBe('sn:E08000016');
  await chartReady();
  await expect
    .poll(() => open.page.getByRole('heading', { level: 2 }).first().textContent())
    .toContain('Barnsley and its statistical neighbours');
  await expect.poll(() => open.page.locator('.la-summary').textContent()).toContain('ranks 2 of 11');
  const items = open.page.locator('.neighbours-list li');
  await expect.poll(() => items.count()).toBe(10);
  expect(await items.first().textContent()).toBe('Rotherham — very close: 2.97%');
  await open.page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(() => cell('2024/25', 'authority').textContent()).toBe('3.11%');
  expect(await cell('2024/25', 'median').textContent()).toBe('2.79%');
  expect(await cell('2024/25', 'range').textContent()).toBe('2.16% to 3.21%');
  expect(await cell('2019/20', 'median').textContent()).toBe('—');
  await open.page.locator('.neighbours-legend').waitFor();
  await open.page.locator('figure[data-chart]').screenshot({ path: path.resolve('.tmp/e2e-neighbours.png') });
  expect(open.consoleErrors).toEqual([]);
});

test('a neighbour that did not exist is left out of the median, and the note says so', async () => {
  await open.page.goto(new URL('?geo=sn:E06000061', baseUrl).toString());
  await chartReady();
  await expect
    .poll(() => open.page.locator('.chart-note').textContent())
    .toContain(
      'West Northamptonshire has no figure in 2015/16 to 2020/21 and is left out of the median there',
    );
  // North Northamptonshire's nine other neighbours in 2018/19: 0.40 … 1.07, median 0.92.
  await open.page.getByRole('button', { name: 'Table', exact: true }).click();
  await expect.poll(() => cell('2018/19', 'median').textContent()).toBe('0.92%');
  expect(await cell('2018/19', 'authority').textContent()).toBe('—');
  expect(open.consoleErrors).toEqual([]);
});
