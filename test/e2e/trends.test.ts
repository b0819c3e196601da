import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showTable } from './support/chart-table';
import { redrawnAfter } from './support/chart-drawn';
import { pressOn } from './support/press-on';
import { showUrl } from './support/show-url';

const open = pageForFile({ startAt: '' });
const ready = () => open.page.waitForSelector('[data-chart][data-state="ready"]');
// Background loads re-render the chart as they finish; download checks wait for the start-up data to settle.
const settled = async () => {
  await open.page.waitForFunction(() => document.querySelectorAll('li[data-dataset-id]').length >= 3);
  await ready();
};

beforeAll(async () => {
  await ready();
});

test('every choice lives in the URL: a link reopens the view, back and forward work', async () => {
  const { page } = open;
  await page.getByLabel('Indicator', { exact: true }).selectOption('enrolments_pa_10_exact_percent');
  await page.getByLabel('Phase', { exact: true }).selectOption('Secondary');
  await page.getByLabel('Areas', { exact: true }).selectOption('la:E12000001');
  await expect.poll(() => new URL(page.url()).searchParams.get('geo')).toBe('la:E12000001');
  await ready();
  await expect.poll(() => page.locator('.chart-legend button').count()).toBe(12);
  const areas = () => page.getByLabel('Areas', { exact: true }).inputValue();

  const link = page.url();
  // The page leaves the link for the first view by the app's own navigation, then opens the link as a fresh page:
  // Back then goes to the first view across a page load, as it did when the first view was loaded anew here (a
  // whole start-up of the engine and the default data, which this test does not need twice).
  await showUrl(page, '');
  await expect.poll(areas).toBe('england-regions');
  await page.goto(link);
  await ready();
  await expect.poll(() => page.getByLabel('Phase', { exact: true }).inputValue()).toBe('Secondary');
  await expect.poll(areas).toBe('la:E12000001');

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('geo')).toBeNull();
  await ready();
  await expect.poll(areas).toBe('england-regions');
  await page.goForward();
  await expect.poll(() => new URL(page.url()).searchParams.get('geo')).toBe('la:E12000001');
  await ready();
  await expect.poll(areas).toBe('la:E12000001');
});

test('the table, the CSV download and the chart show the same numbers; SQL is shown', async () => {
  const { page } = open;
  await showUrl(
    page,
    '?ds=annual_absence&geo=england-regions&ind=enrolments_pa_50_exact_percent&phase=Total',
  );
  await ready();
  await settled();
  await showTable(page);
  const cell = () =>
    page
      .locator('table.data-table tr', { hasText: '2023/24' })
      .locator('td[data-area="E12000001"]')
      .textContent();
  await expect.poll(cell).toBe('2.68%');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const northEast2324 = csv
    .split('\r\n')
    .find((line) => line.startsWith('2023/24,') && line.includes('E12000001'));
  expect(northEast2324).toContain(',2.68,');
  expect(csv.split('\r\n')).toHaveLength(1 + 10 * 10);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('North East');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(
    readFileSync(await png.path())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');

  await page.getByText('SQL', { exact: true }).click();
  await expect
    .poll(() => page.locator('.sql-disclosure code').textContent())
    .toContain("level IN ('National', 'Regional')");
  await page.screenshot({ path: path.resolve('.tmp/e2e-trends.png'), fullPage: true });
});

test('legend entries hide and show lines by keyboard; small multiples draw one panel per region', async () => {
  const { page } = open;
  const london = page.getByRole('button', { name: /^London/ });
  await pressOn(london);
  await expect.poll(() => london.getAttribute('aria-pressed')).toBe('false');
  await pressOn(london);
  await expect.poll(() => london.getAttribute('aria-pressed')).toBe('true');
  await page.getByRole('button', { name: 'Small multiples' }).click();
  await ready();
  await expect.poll(() => page.locator('.small-multiples > li').count()).toBe(9);
  expect(open.consoleErrors).toEqual([]);
});

test('terms compare like with like, and weekly autumn terms are drawn with gaps between them', async () => {
  const { page } = open;
  await redrawnAfter(page, () =>
    showUrl(page, '?ds=attendance_terms&ind=overall_absence_perc&term=Autumn%20term'),
  );
  await showTable(page);
  await expect
    .poll(() => page.locator('table.data-table tbody th').allTextContents())
    .toEqual(['2022/23 autumn term', '2023/24 autumn term', '2024/25 autumn term']);
  await redrawnAfter(page, () =>
    showUrl(page, '?ds=attendance_weekly&ind=overall_absence_perc&geo=level:National'),
  );
  const segments = await page.locator('path.series-line').first().getAttribute('d');
  expect((segments ?? '').match(/M/g)?.length).toBeGreaterThanOrEqual(4);
  await page.screenshot({ path: path.resolve('.tmp/e2e-weekly.png') });
  expect(open.consoleErrors).toEqual([]);
});

// Issue #11 point 10: a daily-collection figure is shown with the schools it counts, in the hover and the table,
// and the chart says that a change in coverage can move a rate. England, autumn terms, data/attendance_terms.csv:
// 2022/23 num_schools 18183.6 of total_num_schools 22005 (83%).
test('the schools reporting stand beside each attendance figure, in the hover and the table', async () => {
  const { page } = open;
  await redrawnAfter(page, () =>
    showUrl(page, '?ds=attendance_terms&ind=overall_absence_perc&term=Autumn%20term&geo=level:National'),
  );
  await expect
    .poll(() => page.locator('[data-testid="coverage-caveat"]').textContent())
    .toMatch(/schools reporting is shown beside each figure.*can move a rate by itself/);
  const first = page.locator('.line-markers [data-line="E92000001"] use').first();
  // The page may be scrolled by an earlier test on it: the pointer can only reach a point on the screen.
  await first.scrollIntoViewIfNeeded();
  const box = await first.boundingBox();
  if (!box) throw new Error('no marker for England');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator('.chart-tooltip');
  // Recharts keeps its hover box hidden unless it finds a payload; the box must be seen, not only present.
  await expect.poll(() => tooltip.isVisible()).toBe(true);
  await expect
    .poll(() => tooltip.textContent())
    .toMatch(
      /^2022\/23 autumn term.*England: [\d.]+% 18,183\.6 of 22,005 schools reporting on average \(83%\)/i,
    );
  await page.screenshot({ path: path.resolve('.tmp/e2e-trends-schools.png') });
  await page.mouse.move(0, 0);
  await showTable(page);
  const england = page.locator('table.data-table tbody td[data-area="E92000001"]');
  await expect.poll(() => england.count()).toBe(3);
  const cells = await england.allTextContents();
  expect(cells).toHaveLength(3);
  expect(cells[0]).toMatch(/^[\d.]+% 18,183\.6 of 22,005 schools reporting on average \(83%\)$/);
  for (const cell of cells) expect(cell).toMatch(/ of [\d,]+ schools reporting(?: on average)? \(\d+%\)$/);
  expect(open.consoleErrors).toEqual([]);
});
