import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showTable } from './support/chart-table';
import { sourceYtdRows } from './support/fixtures';
import { redrawnAfter } from './support/chart-drawn';
import { showUrl } from './support/show-url';

const baseUrl = inject('baseUrl');
const open = pageForFile();

const chartReady = () => open.page.waitForSelector('[data-chart][data-state="ready"] .recharts-surface');
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
  await showTable(open.page);
  await expect.poll(() => cell('2024/25', 'authority').textContent()).toBe('3.11%');
  expect(await cell('2024/25', 'median').textContent()).toBe('2.79%');
  expect(await cell('2024/25', 'range').textContent()).toBe('2.16% to 3.21%');
  expect(await cell('2019/20', 'median').textContent()).toBe('—');
  await open.page.locator('.neighbours-legend').waitFor();
  await open.page.locator('figure[data-chart]').screenshot({ path: path.resolve('.tmp/e2e-neighbours.png') });
  expect(open.consoleErrors).toEqual([]);
});

test('a neighbour that did not exist is left out of the median, and the note says so', async () => {
  await showUrl(open.page, '?geo=sn:E06000061');
  await chartReady();
  await expect
    .poll(() => open.page.locator('.chart-note').first().textContent())
    .toContain(
      'West Northamptonshire has no figure in 2015/16 to 2020/21 and is left out of the median there',
    );
  // North Northamptonshire's nine other neighbours in 2018/19: 0.40 … 1.07, median 0.92.
  await showTable(open.page);
  await expect.poll(() => cell('2018/19', 'median').textContent()).toBe('0.92%');
  expect(await cell('2018/19', 'authority').textContent()).toBe('—');
  expect(open.consoleErrors).toEqual([]);
});

/** DfE's source year-to-date rows of one phase, read here to check the page against. */
function sourceYtd(year: string, phase: string): Record<string, string>[] {
  return sourceYtdRows(year).filter((row) => row.school_type === phase);
}

// Issue #11 point 10: Barnsley's figure, its neighbours' median, its region and England each stand with the schools
// they count, in the table, the hover and the list; the default annual file gives none and the view says so.
test('Barnsley’s primary absence and its neighbours’ stand with the schools reporting', async () => {
  const rows = sourceYtd('2024-25', 'Primary');
  const barnsley = rows.find((r) => r.old_la_code === '370');
  const rotherham = rows.find((r) => r.old_la_code === '372');
  const england = rows.find((r) => r.geographic_level === 'National');
  if (!barnsley || !rotherham || !england) throw new Error('rows missing from the source file');
  const count = (text: string | undefined) => {
    const value = Number(text);
    const decimals = Number.isInteger(value) ? 0 : 1;
    return value.toLocaleString('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
  };
  const schools = (row: Record<string, string>) =>
    `${count(row.num_schools)} of ${count(row.total_num_schools)} schools reporting on average`;
  // Barnsley 2024/25: 76.4 of 76 primary schools (a mean over the days can pass the schools open); England:
  // 16,334.9 of 16,720 (98%).
  expect(schools(england)).toBe('16,334.9 of 16,720 schools reporting on average');
  await showUrl(open.page, '?geo=sn:E08000016&ds=attendance_ytd&ind=overall_absence_perc&phase=Primary');
  await chartReady();
  await expect
    .poll(() => open.page.locator('[data-testid="coverage-caveat"]').textContent())
    .toMatch(/schools reporting is shown beside each figure.*can move a rate by itself/);
  const period = '2024/25 year to date';
  await showTable(open.page);
  await expect
    .poll(() => cell(period, 'authority').textContent())
    .toMatch(
      new RegExp(`^${Number(barnsley.overall_absence_perc).toFixed(1)}%${schools(barnsley)} \\(\\d+%\\)$`),
    );
  expect(await cell(period, 'england').textContent()).toContain(`${schools(england)} (98%)`);
  expect(await cell(period, 'median').textContent()).toMatch(
    /^[\d.]+%[\d,.]+ of [\d,]+ schools reporting(?: on average)? \(\d+%\)$/,
  );
  await expect
    .poll(() => open.page.locator('.neighbours-list li').first().textContent())
    .toMatch(
      // The list shows the latest period (2025/26), not the 2024/25 row read above: a mean count keeps its decimal.
      /^Rotherham — very close: [\d.]+% [\d,]+\.\d of [\d,]+ schools reporting on average \(\d+%\)$/,
    );
  // The table is shown: pressing Table again hides it, for the chart's points.
  await open.page.getByRole('button', { name: 'Table', exact: true }).click();
  // Barnsley's points, one a period: 2024/25 is the one before 2025/26's, the last.
  const dots = open.page.locator('figure[data-chart] .recharts-line-dots').first().locator('circle');
  const last = dots.nth((await dots.count()) - 2);
  await last.scrollIntoViewIfNeeded();
  const box = await last.boundingBox();
  if (!box) throw new Error('no point for Barnsley');
  await open.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(() => open.page.locator('.chart-tooltip').textContent())
    .toMatch(
      new RegExp(
        `^2024/25 year to dateBarnsley: ${Number(barnsley.overall_absence_perc).toFixed(1)}% ${schools(barnsley)}`,
      ),
    );
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-neighbours-schools.png') });

  await redrawnAfter(open.page, () => showUrl(open.page, '?geo=sn:E08000016'));
  await expect
    .poll(() => open.page.locator('[data-testid="coverage-caveat"]').textContent())
    .toMatch(/^These figures come from the school census/);
  // The list names the annual file's figures (as in the first test) before its counts of schools are counted.
  await expect
    .poll(() => open.page.locator('.neighbours-list li').first().textContent())
    .toBe('Rotherham — very close: 2.97%');
  expect(await open.page.locator('.schools-reporting').count()).toBe(0);
  expect(open.consoleErrors).toEqual([]);
});
