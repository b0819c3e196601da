import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';
import { redrawnAfter } from './support/chart-drawn';
import { showUrl } from './support/show-url';

// One profile for the whole file, so markers saved in IndexedDB must survive closing and relaunching Chromium.
const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-timeline-'));
const baseUrl = inject('baseUrl');
let open: OpenPage;
const errors: string[] = [];

beforeAll(async () => {
  open = await openPage(baseUrl, { profileDir });
});
afterAll(async () => {
  await open.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const page = () => open.page;
const shot = (name: string, fullPage = false) =>
  page().screenshot({ path: path.resolve(`.tmp/e2e-timeline-${name}.png`), fullPage });
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]');
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const mid = (start: string, end: string) => (utc(start) + utc(end)) / 2;
const MARKER = 'Trust-wide attendance week <b>';

/**
 * The timeline view mounted anew, as a fresh page shows it (no filters, no status from an earlier action), on the page
 * already open: by way of another view, so the engine and the default data are not loaded again.
 */
async function showTimeline(): Promise<void> {
  await showUrl(page(), '?view=sql');
  await showUrl(page(), '?view=timeline');
}

async function tickX(label: string): Promise<number> {
  // Recharts 3 draws tick labels in their own layer, outside the .recharts-xAxis group.
  const tick = page().locator('figure[data-chart] .recharts-cartesian-axis-tick-value', { hasText: label });
  return Number(await tick.getAttribute('x'));
}

test('the trends chart draws the timeline at its dates, with a lane sharing the axis', async () => {
  await page().goto(baseUrl);
  await chartReady();
  const line = page().locator('line[data-date="2023-09-28"]');
  // A vertical line has no width, which Playwright counts as hidden: wait for it to be in the DOM.
  await line.waitFor({ state: 'attached' });
  // The event lies between the 2022/23 and 2023/24 points, where a time axis puts 28 September 2023.
  const [x2223, x2324] = [await tickX('2022/23'), await tickX('2023/24')];
  const [m2223, m2324] = [mid('2022-09-01', '2023-08-31'), mid('2023-09-01', '2024-08-31')];
  const expected = x2223 + ((utc('2023-09-28') - m2223) / (m2324 - m2223)) * (x2324 - x2223);
  const drawn = Number(await line.getAttribute('x1'));
  expect(drawn).toBeGreaterThan(x2223);
  expect(drawn).toBeLessThan(x2324);
  expect(Math.abs(drawn - expected)).toBeLessThan(1);
  expect(await line.getAttribute('stroke-dasharray')).toBeFalsy();

  // The strip's symbol for that date sits under the tick; close dates of a theme share one button at the first.
  const svg = await page().locator('figure[data-chart] svg.recharts-surface').first().boundingBox();
  const item = page().locator('.lane-item[data-dates~="2023-09-28"]');
  const button = item.locator('button');
  const box = await item.locator('svg.theme-symbol').boundingBox();
  if (!svg || !box) throw new Error('chart or lane not drawn');
  const centre = box.x + box.width / 2 - svg.x;
  if ((await item.getAttribute('data-date')) === '2023-09-28')
    expect(Math.abs(centre - drawn)).toBeLessThan(1.5);
  expect(drawn - centre).toBeGreaterThan(-1.5);
  expect(drawn - centre).toBeLessThan(0.05 * svg.width);

  // Ranges are bars along the foot of the plot; one that starts before the chart is clipped, not dropped.
  expect(await page().locator('[data-event-id="2024-01-08-moments-matter-campaign"]').count()).toBe(1);
  expect(await page().locator('rect.event-band').count()).toBeGreaterThan(3);

  // Keyboard focus opens the list of the date's events; Escape closes it.
  await button.focus();
  const popover = page().locator('.lane-popover');
  await expect.poll(() => popover.textContent()).toContain('Four more attendance hubs');
  await expect.poll(() => popover.textContent()).toContain('Confidence');
  await shot('lane-popover');
  await page().keyboard.press('Escape');
  await expect.poll(() => popover.count()).toBe(0);
  await shot('trends', true);
});

test('a chart of one local authority shows its own events and not another area’s', async () => {
  const hub = '[data-event-id="2022-05-north-shore-hub-pilot"]';
  // Each chart is waited for as drawn for its own area, so an empty strip between two charts is never read.
  await redrawnAfter(page(), () => showUrl(page(), '?geo=drill:E06000004'));
  await expect.poll(() => page().locator(hub).count()).toBe(1);
  await redrawnAfter(page(), () => showUrl(page(), '?geo=drill:E08000003'));
  await page().locator('line[data-date="2023-09-28"]').waitFor({ state: 'attached' });
  await expect.poll(() => page().locator(hub).count()).toBe(0);
});

test('the timeline view lists the events and filters them, kept in the URL', async () => {
  await showUrl(page(), '?view=timeline');
  const count = page().locator('.timeline-count');
  await expect.poll(() => count.textContent()).toMatch(/^Showing 65 of 65 events$/);
  await page().getByLabel('Type').selectOption('meeting');
  // "Showing 65 of 65" matches too: the list is read once the count says it is filtered.
  await expect.poll(() => count.textContent()).toMatch(/^Showing (?!65 )\d+ of 65/);
  await expect.poll(() => page().url()).toContain('tl.type=meeting');
  const badges = await page()
    .locator('.timeline-event .timeline-badges > span:first-child')
    .allTextContents();
  expect(new Set(badges)).toEqual(new Set(['meeting']));
  await page().getByLabel('Confidence').selectOption('likely');
  await expect.poll(() => page().locator('.timeline-event').count()).toBe(1);
  expect(await page().locator('.timeline-event').textContent()).toContain('likely (not confirmed)');
  await shot('filtered');
  await page().getByRole('button', { name: 'Clear filters' }).click();
  // The North West through its local authorities (placed in regions by the loaded data): Knowsley and Salford
  // hubs, two Greater Manchester rows, and Blackpool among the ten mentor areas.
  await page().getByLabel('Area').selectOption('E12000002');
  await expect.poll(() => page().locator('.timeline-event').count()).toBe(4);
  // A web source is a link; a seed note is text.
  await page().getByRole('button', { name: 'Clear filters' }).click();
  const web = page().locator('[data-event-id="2021-12-09-alliance-formed"] .event-source a');
  expect(await web.getAttribute('href')).toMatch(/^https:\/\/schoolsweek\.co\.uk\//);
  const seed = page().locator('[data-event-id="2022-03-alliance-meeting"] .event-source');
  // Its text first: waits for the event to be listed again, so the count of links is not read before it is.
  expect(await seed.textContent()).toContain('alliance-meeting-2022-04-28.txt');
  expect(await seed.locator('a').count()).toBe(0);
});

test('a marker added with "Add marker" is checked, saved and survives a restart', async () => {
  await showTimeline();
  await page().getByRole('button', { name: 'Add marker' }).click();
  const dialog = page().getByRole('dialog', { name: 'Add marker' });
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => dialog.locator('.field-error').first().textContent()).toBe('Title is required');
  await expect
    .poll(() => page().evaluate(() => document.activeElement?.getAttribute('aria-invalid')))
    .toBe('true');
  await dialog.getByLabel('Title').fill(MARKER);
  await dialog.getByLabel('Date', { exact: true }).fill('2023-10-16');
  await dialog.getByLabel('Type').selectOption('campaign');
  await dialog.getByLabel('Organisation').fill('Northern Trust');
  await dialog.getByLabel('Link').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => dialog.getByText(/Link must start with http/).count()).toBe(1);
  await dialog.getByLabel('Link').fill('https://example.org/week');
  await shot('form');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  // The saved marker is confirmed by its title.
  await expect
    .poll(() => page().locator('.marker-saved').textContent())
    .toContain(`Marker saved: “${MARKER}”`);
  // Text, never HTML: the angle brackets of the title are shown as typed.
  await expect.poll(() => page().locator('.marker-list li').first().textContent()).toContain(MARKER);
  expect(await page().locator('.marker-list b').count()).toBe(0);
  errors.push(...open.consoleErrors);

  await open.close();
  open = await openPage(baseUrl, { profileDir });
  await page().goto(`${baseUrl}?view=timeline`);
  // After a restart the list appears once the kept markers are read, behind the start-up's own storage work.
  await expect.poll(() => page().locator('.marker-list li').count()).toBe(1);
  expect(await page().locator('[data-origin="marker"] h3').textContent()).toBe(MARKER);
  await showUrl(page(), '');
  await chartReady();
  const line = page().locator('line[data-date="2023-10-16"]');
  await line.waitFor({ state: 'attached' });
  expect(await line.getAttribute('data-origin')).toBe('marker');
  // The strip has a row for the member's markers, and lists them by title under the chart.
  expect(await page().locator('.strip-row ul[data-theme="markers"] .lane-item').count()).toBe(1);
  expect(await page().locator('.strip-markers').textContent()).toContain(MARKER);
  await page().locator('.lane-item[data-dates~="2023-10-16"]').hover();
  await expect.poll(() => page().locator('.lane-popover').textContent()).toContain('Your marker');
  await shot('marker-on-chart');
  // Shown on hover, dismissed with Escape while the pointer stays and focus is elsewhere (WCAG 1.4.13).
  await page().keyboard.press('Escape');
  await expect.poll(() => page().locator('.lane-popover').count()).toBe(0);
  await page().mouse.move(0, 0);

  // Clicking a date on the chart opens the form at that date.
  const svg = await page().locator('figure[data-chart] svg.recharts-surface').first().boundingBox();
  const x = Number(await page().locator('line[data-date="2023-09-28"]').getAttribute('x1'));
  if (!svg) throw new Error('chart not drawn');
  await page().mouse.click(svg.x + x, svg.y + 120);
  const picked = page().getByRole('dialog', { name: 'Add marker' });
  await expect.poll(() => picked.isVisible()).toBe(true);
  const date = await picked.getByLabel('Date', { exact: true }).inputValue();
  // One pixel of this axis is about three days; the click lands on a whole pixel.
  expect(Math.abs(utc(date) - utc('2023-09-28'))).toBeLessThanOrEqual(5 * 86_400_000);
  await picked.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => picked.isVisible()).toBe(false);
});

test('markers can be edited and deleted, with undo', async () => {
  await showTimeline();
  // The list is read from IndexedDB after the page loads, slower while other tests share the machine.
  await expect.poll(() => page().locator('.marker-list li').count()).toBe(1);
  await page()
    .getByRole('button', { name: `Edit ${MARKER}` })
    .click();
  const dialog = page().getByRole('dialog', { name: 'Edit marker' });
  await dialog.getByLabel('Title').fill('Attendance week (renamed)');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  const list = page().locator('.marker-list li');
  await expect.poll(() => list.first().textContent()).toContain('Attendance week (renamed)');
  await page().getByRole('button', { name: 'Delete Attendance week (renamed)' }).click();
  await expect.poll(() => list.count()).toBe(0);
  const status = page().locator('.marker-status');
  await expect.poll(() => status.textContent()).toContain('Deleted “Attendance week (renamed)”.');
  await shot('deleted');
  await page().getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => list.count()).toBe(1);
  expect(await list.first().textContent()).toContain('Attendance week (renamed)');
});

test('imports report bad files and bad rows by line and never overwrite silently', async () => {
  await showTimeline();
  const list = page().locator('.marker-list li');
  // The list is read from IndexedDB after the page loads, slower while other tests share the machine.
  await expect.poll(() => list.count()).toBe(1);
  const input = page().getByLabel('Import markers');
  const file = (name: string, mimeType: string, text: string) => ({
    name,
    mimeType,
    buffer: Buffer.from(text),
  });

  await input.setInputFiles(
    file(
      'broken.json',
      'application/json',
      '[\n  {"title": "A", "start": "2023-01-01", "type": "meeting"},\n  {"title": "B" "start": "x"}\n]\n',
    ),
  );
  const refused = page().locator('.import-refused');
  await expect
    .poll(() => refused.textContent())
    .toMatch(/Nothing was imported from broken\.json\. The file is not valid JSON \(line 3\)/);
  expect(await list.count()).toBe(1);

  await input.setInputFiles(file('big.json', 'application/json', `[${' '.repeat(2.5 * 1024 * 1024)}]`));
  await expect.poll(() => refused.textContent()).toContain('up to 2 MB');

  await input.setInputFiles(
    file(
      'rows.csv',
      'text/csv',
      'title,start,type\nGood row,2023-02-01,meeting\nBad row,2023-13-01,meeting\n',
    ),
  );
  const report = page().locator('.import-report');
  await expect.poll(() => report.textContent()).toContain('rows.csv: imported 1 marker; 1 row was rejected.');
  expect(await report.locator('.import-rejected li').textContent()).toMatch(
    /^Line 3: start: start "2023-13-01" is not a date/,
  );
  await expect.poll(() => list.count()).toBe(2);

  const id = await list.filter({ hasText: 'Attendance week (renamed)' }).getAttribute('data-marker-id');
  const clash = JSON.stringify([{ id, title: 'Same id, other text', start: '2023-03-01', type: 'pledge' }]);
  await input.setInputFiles(file('clash.json', 'application/json', clash));
  const question = page().locator('.import-conflicts');
  await expect.poll(() => question.textContent()).toContain('1 imported marker has the id of a saved marker');
  expect(await report.textContent()).toContain(
    'clash.json: imported 0 markers; 1 waits for your answer below.',
  );
  await shot('import');
  expect(await list.count()).toBe(2);
  await page()
    .getByRole('button', { name: `Keep both ${id}` })
    .click();
  await expect.poll(() => list.count()).toBe(3);
  expect(await list.filter({ hasText: 'Attendance week (renamed)' }).count()).toBe(1);
  expect(await list.filter({ hasText: 'Same id, other text' }).count()).toBe(1);
  await shot('view');
  expect([...errors, ...open.consoleErrors]).toEqual([]);
  expect(open.foreignRequests).toEqual([]);
});
