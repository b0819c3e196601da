import path from 'node:path';
import { afterEach, expect, inject, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { openTab, type Tab } from './support/tab';

// Issue #15: the built index.html holds the default view drawn from the prebuilt figures, shown from the first paint
// and replaced by React's own drawing of the same chart (scripts/prerender-first-view.ts).
const baseUrl = inject('baseUrl');
const browser = pageForFile();
/** Each test's own page: a new tab of one browser (no test here leaves anything in it that another reads). */
let open: Tab | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

const chartPaths = 'figure[data-chart] svg path';

test('without its script the page already shows the first chart, as a copy that cannot be used', async () => {
  open = await openTab(browser.context);
  await open.page.route('**/assets/*.js', (route) => route.abort());
  await open.page.goto(baseUrl);
  const copy = open.page.locator('#root > .prerendered[inert]');
  await expect.poll(() => copy.locator(`${chartPaths}`).count()).toBeGreaterThan(10);
  // Marked as a copy, so nothing waiting for a ready chart takes it for one.
  expect(await copy.locator('figure[data-chart]').getAttribute('data-state')).toBe('copy');
  expect(await copy.getByLabel('Indicator').inputValue()).toBe('enrolments_pa_50_exact_percent');
  await expect.poll(() => copy.locator('.chart-legend button').count()).toBe(10);
  await expect
    .poll(() => open?.page.evaluate(() => performance.getEntriesByName('lens:first-chart').length))
    .toBe(1);
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-first-view-copy.png') });
});

test('React replaces the copy with the same chart, never with an empty or loading one', async () => {
  open = await openTab(browser.context);
  // The copy as the page holds it before its script runs.
  await open.page.route('**/assets/*.js', (route) => route.abort());
  await open.page.goto(baseUrl);
  const copyPaths = await open.page
    .locator(`#root > .prerendered ${chartPaths}`)
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  await open.page.unrouteAll();
  open.consoleErrors.length = 0; // the blocked scripts' errors
  // From the first chart drawn on, every change to the page is checked for a chart with its lines.
  await open.page.addInitScript(() => {
    const seen = { drawn: false, lost: 0 };
    (globalThis as unknown as { lensChartSeen: typeof seen }).lensChartSeen = seen;
    new MutationObserver(() => {
      const drawn = document.querySelectorAll('figure[data-chart] svg path').length > 10;
      if (drawn) seen.drawn = true;
      else if (seen.drawn) seen.lost += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await open.page.goto(baseUrl);
  await open.page.waitForSelector('[data-chart][data-state="ready"]');
  expect(await open.page.locator('#root > .prerendered').count()).toBe(0);
  const livePaths = await open.page
    .locator(chartPaths)
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  expect(copyPaths.length).toBeGreaterThan(10);
  expect(livePaths).toEqual(copyPaths);
  const seen = await open.page.evaluate(
    () => (globalThis as unknown as { lensChartSeen: { drawn: boolean; lost: number } }).lensChartSeen,
  );
  expect(seen).toEqual({ drawn: true, lost: 0 });
  const marks = await open.page.evaluate(() =>
    ['lens:first-chart', 'lens:first-chart-live'].map((name) => performance.getEntriesByName(name).length),
  );
  expect(marks).toEqual([1, 1]);
  expect(open.consoleErrors).toEqual([]);
});

test('another view’s address never shows the copy of the default view', async () => {
  open = await openTab(browser.context);
  await open.page.route('**/assets/*.js', (route) => route.abort());
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForLoadState('load');
  expect(await open.page.locator('#root > .prerendered').count()).toBe(1);
  expect(await open.page.locator('#root > .prerendered').isVisible()).toBe(false);
  await open.page.goto(`${baseUrl}#markers=x`);
  await open.page.waitForLoadState('load');
  expect(await open.page.locator('#root > .prerendered').isVisible()).toBe(false);
});
