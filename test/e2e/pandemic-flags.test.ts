import { expect, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showTable } from './support/chart-table';
import { showUrl } from './support/show-url';

// One page for the file: every test reaches its view by URL on it (support/show-url.ts) and changes nothing else.
const open = pageForFile({ startAt: '' });

const FLAG = /Not like other years/;
const chartReady = () => open.page.waitForSelector('[data-chart][data-state="ready"] .recharts-surface');
const rowHeading = (table: string, period: string) =>
  open.page.locator(`${table} tbody tr th[scope="row"]`).filter({ hasText: new RegExp(`^${period}`) });

/*
 * Issue #26 point 8: every place a figure of 2020/21 or 2021/22 is shown carries that period's flag (pandemicNote
 * decides it). This walks each view's table: Trends, Characteristics, Neighbours, Local authorities, and the
 * Briefing's like-for-like rows where 2021/22 is the baseline.
 */
test.each(['2020/21', '2021/22'])('Trends and Characteristics tables flag %s', async (period) => {
  for (const view of ['', '?view=characteristics']) {
    await showUrl(open.page, view);
    await chartReady();
    await showTable(open.page);
    await expect.poll(() => rowHeading('table.data-table', period).first().textContent()).toMatch(FLAG);
  }
});

test.each(['2020/21', '2021/22'])('the Neighbours table flags %s', async (period) => {
  await showUrl(open.page, '?geo=sn:E08000016');
  await chartReady();
  await showTable(open.page);
  await expect
    .poll(() => open.page.locator(`.neighbours-table tr[data-period="${period}"] th`).textContent())
    .toMatch(FLAG);
});

test.each(['2020/21', '2021/22'])(
  'the Local authorities table flags %s as its latest year',
  async (period) => {
    const query = `?view=local-authorities&la.latest=${encodeURIComponent(period)}`;
    await showUrl(open.page, query);
    await expect
      .poll(() => open.page.locator('table.la-ranking caption').textContent())
      .toMatch(new RegExp(`${period}: Not like other years`));
  },
);

test('the Briefing flags a like-for-like row whose baseline is 2021/22', async () => {
  const event = 'curated:2022-09-01-working-together-applies';
  await showUrl(open.page, `?view=briefing&b.event=${encodeURIComponent(event)}`);
  const pair = open.page.locator('.before-after-table tr[data-pair="2021/22 vs 2022/23"] th');
  await expect.poll(() => pair.textContent()).toMatch(/2021\/22: Not like other years/);
  expect(open.consoleErrors).toEqual([]);
});
