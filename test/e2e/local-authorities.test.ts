import { expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pageForFile } from './support/page-for-file';
import { showTable } from './support/chart-table';
import { sourceYtdRows } from './support/fixtures';
import { redrawnAfter } from './support/chart-drawn';
import { pressOn } from './support/press-on';
import { showUrl } from './support/show-url';

const baseUrl = inject('baseUrl');
const open = pageForFile();

const chartReady = () => open.page.waitForSelector('[data-chart][data-state="ready"]');
const ranking = () => open.page.locator('table.la-ranking');
const bodyRows = () => ranking().locator('tbody tr');
const header = (name: string) =>
  ranking().locator('thead th', { has: open.page.getByRole('button', { name, exact: true }) });
/** The ranking table has caught up with the choices (it is drawn a frame behind them) and nothing is loading. */
const rankingSettled = async () => {
  await open.page.waitForSelector('[data-ranking-state="ready"] table.la-ranking');
  await expect.poll(() => open.page.locator('[data-state="loading"], [aria-busy="true"]').count()).toBe(0);
};

test('local authorities are ranked from the default data, sortable by keyboard, with a drill-in', async () => {
  await open.page.goto(new URL('?view=local-authorities', baseUrl).toString());
  await open.page.waitForSelector('table.la-ranking tbody tr');
  await chartReady();
  await expect.poll(() => bodyRows().count()).toBe(158);

  // data/annual_absence.csv line 6286: 202425, Sheffield, Total, enrolments_pa_50_exact_percent 3.67 (the highest);
  // line 5614: 202324 Sheffield 3.36; line 2254: 201819 Sheffield 1.17; line 6050: England 2024/25 2.39.
  const top = bodyRows().first();
  await expect.poll(() => top.locator('th').textContent()).toBe('Sheffield');
  await expect.poll(() => top.locator('td[data-column="rank"]').textContent()).toBe('1');
  await expect.poll(() => top.locator('td[data-column="latest"]').textContent()).toBe('3.67%');
  await expect.poll(() => top.locator('td[data-column="previous"]').textContent()).toBe('+0.31 pp');
  await expect.poll(() => top.locator('td[data-column="baseline"]').textContent()).toBe('+2.50 pp');
  await expect.poll(() => open.page.locator('.la-summary').textContent()).toContain('England: 2.39%');
  expect(await header('Rank').getAttribute('aria-sort')).toBe('ascending');

  // Line 6166: 202425 Cumbria "-": last, shown as a gap with its reason, never as 0.
  const cumbria = ranking().locator('tr[data-la="E10000006"] td[data-column="latest"]');
  await expect.poll(() => cumbria.textContent()).toContain('—');
  expect(await cumbria.textContent()).toContain('no figure published for this period');
  expect(await cumbria.locator('.gap').getAttribute('title')).toContain('no figure published');

  // Each press is sent once the table is at rest and the button has the focus: a press sent while the focus is
  // elsewhere is lost, and the sort would then stay as it was however long the test waits.
  const nameButton = ranking().getByRole('button', { name: 'Local authority', exact: true });
  await rankingSettled();
  await pressOn(nameButton);
  await expect.poll(() => header('Local authority').getAttribute('aria-sort')).toBe('ascending');
  await expect.poll(() => header('Rank').getAttribute('aria-sort')).toBeNull();
  await expect.poll(() => top.locator('th').textContent()).toBe('Barking and Dagenham');
  await rankingSettled();
  await pressOn(nameButton);
  await expect.poll(() => header('Local authority').getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => top.locator('th').textContent()).toBe('York');
  await expect.poll(() => open.page.url()).toContain('la.sort=name');

  // A quick double press, both before the table (drawn a frame behind the choices) has caught up: the second
  // press must reverse the sort the first one chose, not repeat it from the sort the table still shows.
  await rankingSettled();
  await pressOn(open.page.getByRole('button', { name: 'Latest', exact: true }));
  await open.page.keyboard.press('Enter');
  await expect.poll(() => header('Latest').getAttribute('aria-sort')).toBe('descending');
  await expect.poll(() => top.locator('th').textContent()).toBe('Sheffield');
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-la.png') });
  await open.page.locator('figure[data-chart]').screenshot({ path: path.resolve('.tmp/e2e-la-chart.png') });

  await redrawnAfter(open.page, () =>
    open.page.getByRole('button', { name: 'Drill in to Sheffield' }).click(),
  );
  await expect.poll(() => new URL(open.page.url()).searchParams.get('geo')).toBe('drill:E08000019');
  await expect.poll(() => open.page.locator('.chart-legend button').count()).toBe(3);
  const legend = await open.page.locator('.chart-legend button').allTextContents();
  for (const name of ['England', 'Yorkshire and The Humber', 'Sheffield'])
    expect(legend.some((text) => text.startsWith(name))).toBe(true);
  const url = new URL(open.page.url());
  expect(url.searchParams.get('view')).toBeNull();
  expect(url.searchParams.get('geo')).toBe('drill:E08000019');
  expect(url.searchParams.get('ind')).toBe('enrolments_pa_50_exact_percent');
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-la-drill.png') });
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('a region filter ranks that region’s authorities and draws its line', async () => {
  await open.page.getByRole('link', { name: 'Local authorities' }).click();
  await open.page.getByLabel('Region').selectOption('E12000001');
  await chartReady();
  await expect.poll(() => bodyRows().count()).toBe(12);
  // Line 6106: 202425 Middlesbrough 3.26, the highest in the North East; line 6054: North East 2.74.
  await expect
    .poll(() =>
      ranking().locator('tr', { hasText: 'Middlesbrough' }).locator('td[data-column="rank"]').textContent(),
    )
    .toBe('1');
  await expect.poll(() => open.page.locator('.la-summary').textContent()).toContain('North East: 2.74%');
  await expect.poll(() => open.page.locator('figure[data-chart] .recharts-bar-rectangle').count()).toBe(12);
  await open.page
    .locator('figure[data-chart]')
    .screenshot({ path: path.resolve('.tmp/e2e-la-region-chart.png') });
  // The CSV holds exactly the bars drawn: a header and the 12 North East authorities, in rank order.
  const [download] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(13);
  expect(csv[0]).toBe(
    'rank,la_code,la_name,region_name,period,indicator,phase,value,england_value,region_value',
  );
  expect(csv[1]).toBe(
    '1,E06000002,Middlesbrough,North East,2024/25,enrolments_pa_50_exact_percent,Total,3.26,2.39,2.74',
  );
  const [svg] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('North East 2.74%');
  expect(svgText).toContain('Middlesbrough');
  await showTable(open.page);
  await expect.poll(() => open.page.locator('.chart-frame table tbody tr').count()).toBe(12);
  expect(open.consoleErrors).toEqual([]);
});

/** One row of DfE's source year-to-date file, read here to check the page against it. */
function sourceYtd(year: string, name: string, phase: string): Record<string, string> {
  const row = sourceYtdRows(year).find((r) => r.la_name === name && r.school_type === phase);
  if (!row) throw new Error(`${year}: no row for ${name}, ${phase}`);
  return row;
}

// Issue #11 point 10: each authority's figure stands with the schools it counts, in the ranking table, the bar
// hover, the chart's table, the map's hover and the map's table; a file without counts says so once.
test('Knowsley’s primary absence stands with the schools reporting, read from DfE’s year-to-date files', async () => {
  const [latest, baseline] = [
    sourceYtd('2024-25', 'Knowsley', 'Primary'),
    sourceYtd('2022-23', 'Knowsley', 'Primary'),
  ];
  const schools = (row: Record<string, string>) =>
    `${Number(row.num_schools).toFixed(1)} of ${Number(row.total_num_schools)} schools reporting on average`;
  const share = (row: Record<string, string>) =>
    (100 * Number(row.num_schools)) / Number(row.total_num_schools);
  // 49.73 of 50 schools in 2024/25 (99%), 41.73 of 50 in 2022/23 (83%).
  // Issue #26 point 9: a mean over days keeps its decimal, so 99% stands beside 49.7 of 50, not "50 of 50".
  expect(schools(latest)).toBe('49.7 of 50 schools reporting on average');
  expect(Math.round(share(baseline))).toBe(83);
  const query =
    '?view=local-authorities&la.ds=attendance_ytd&la.ind=overall_absence_perc&la.phase=Primary' +
    '&la.latest=2024%2F25%20year%20to%20date&la.baseline=2022%2F23%20year%20to%20date';
  await showUrl(open.page, query);
  await chartReady();
  const knowsley = ranking().locator('tr[data-la="E08000011"]');
  await expect
    .poll(() => knowsley.locator('td[data-column="latest"]').textContent())
    .toBe(`${Number(latest.overall_absence_perc).toFixed(1)}%${schools(latest)} (99%)`);
  expect(await knowsley.locator('td[data-column="baseline"]').textContent()).toMatch(
    /^[+−][\d.]+ ppschools reporting 83% → 99%$/,
  );
  await expect
    .poll(() => open.page.locator('[data-testid="coverage-caveat"]').textContent())
    .toMatch(/schools reporting is shown beside each figure.*can move a rate by itself/);

  await expect
    .poll(() => open.page.locator('figure[data-chart] .recharts-bar-rectangle').count())
    .toBeGreaterThan(100);
  // The bars' names, in bar order (the value axis's ticks end in %).
  const names = (
    await open.page.locator('figure[data-chart] .recharts-cartesian-axis-tick-label').allTextContents()
  ).filter((text) => !text.endsWith('%'));
  const index = names.indexOf('Knowsley');
  expect(index).toBeGreaterThanOrEqual(0);
  await open.page.locator('figure[data-chart] .recharts-bar-rectangle').nth(index).hover();
  await expect
    .poll(() => open.page.locator('.chart-tooltip').textContent())
    .toMatch(new RegExp(`^Knowsley.*${schools(latest)} \\(99%\\)$`));
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-la-schools.png') });
  await open.page.mouse.move(0, 0);
  await showTable(open.page);
  await expect
    .poll(() => open.page.locator('.chart-frame table tbody tr', { hasText: 'Knowsley' }).textContent())
    .toContain(`${schools(latest)} (99%)`);

  await open.page.getByRole('button', { name: 'Map', exact: true }).click();
  await open.page.waitForSelector('[data-chart][data-state="ready"] svg[data-chart-surface]');
  const area = open.page.locator('svg[data-chart-surface] path[data-area="E08000011"][tabindex="0"]');
  await area.hover();
  await expect
    .poll(() => open.page.locator('.choropleth-detail').textContent())
    .toContain(`Knowsley: ${Number(latest.overall_absence_perc).toFixed(1)}%`);
  expect(await open.page.locator('.choropleth-detail').textContent()).toContain(`${schools(latest)} (99%)`);
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-la-map-schools.png') });
  await showTable(open.page);
  await expect
    .poll(() => open.page.locator('table.map-table tr[data-area="E08000011"]').textContent())
    .toContain(`${schools(latest)} (99%)`);

  // The default annual file gives no count of schools: the view says so, and no cell makes one up.
  await showUrl(open.page, '?view=local-authorities');
  await chartReady();
  await expect
    .poll(() => open.page.locator('[data-testid="coverage-caveat"]').textContent())
    .toMatch(
      /^These figures come from the school census.*not give the number of schools behind each figure\.$/,
    );
  // The table is drawn a moment after the caveat: counted once it has caught up with the annual file's rows.
  await rankingSettled();
  await expect
    .poll(() => ranking().locator('tr[data-la="E08000011"] td[data-column="latest"]').textContent())
    .toMatch(/^[\d.]+%$/);
  expect(await ranking().locator('.schools-reporting').count()).toBe(0);
  expect(open.consoleErrors).toEqual([]);
});
