import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showUrl } from './support/show-url';
import { overlaps, stripBoxes } from './support/strip-boxes';

// Issue #14: the same design of events on every time chart, and an event lit up on the chart wherever it is
// pointed at: in the strip, on the chart's own marks, or in the Briefing's list.
const baseUrl = inject('baseUrl');
const open = pageForFile({ viewport: { width: 1280, height: 900 } });

const page = () => open.page;
const shot = (name: string) => path.resolve(`.tmp/e2e-events-${name}.png`);
const ready = (scope = '') =>
  page().waitForSelector(`${scope} [data-chart][data-state="ready"] .lane-item > button`);

test('small multiples: one strip on the panels’ time span, and the event pointed at lit up in every panel', async () => {
  await page().goto(`${baseUrl}?multiples=1`);
  await ready();
  const panels = await page().locator('.small-multiples > li').count();
  expect(panels).toBeGreaterThan(2);
  expect(await page().locator('.event-strip').count()).toBe(1);
  // The strip has its own time axis, labelled with the panels' periods.
  expect(await page().locator('.strip-axis-ticks > span').allTextContents()).toContain('2021/22');
  expect(overlaps(await stripBoxes(page()))).toEqual([]);
  expect(await page().locator('.small-multiples .event-highlight').count()).toBe(0);
  await page().locator('.lane-item > button').first().focus();
  await expect.poll(() => page().locator('.small-multiples .event-highlight').count()).toBe(panels);
  expect(await page().locator('.lane-popover').count()).toBe(1);
  await page().screenshot({ path: shot('multiples'), fullPage: true });
  await page().keyboard.press('Escape');
  await expect.poll(() => page().locator('.small-multiples .event-highlight').count()).toBe(0);
  // The theme switches act on the panels too.
  const hubs = await page().locator('.small-multiples .event-layer [data-event]').count();
  await page().getByRole('button', { name: 'Attendance hubs', exact: true }).click();
  await expect
    .poll(() => page().locator('.small-multiples .event-layer [data-event]').count())
    .toBeLessThan(hubs);
  await expect.poll(() => new URL(page().url()).searchParams.get('ev.off')).toBe('hubs');
  expect(open.consoleErrors).toEqual([]);
});

test('a mark on the chart, pointed at, opens that event’s details in the strip and lights it up', async () => {
  await showUrl(page(), '');
  await ready();
  // The marks' centres that the pointer reaches (a mark may lie under a neighbour's wider target).
  const reachable = await page()
    .locator('.events-chart-plot .event-layer [data-event]')
    .evaluateAll((marks) =>
      marks.flatMap((mark) => {
        const box = mark.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const top = document.elementFromPoint(x, y);
        return top && mark.contains(top) ? [{ key: mark.getAttribute('data-event') ?? '', x, y }] : [];
      }),
    );
  expect(reachable.length).toBeGreaterThan(5);
  const picks = [0, Math.floor(reachable.length / 2), reachable.length - 1].flatMap(
    (i) => reachable[i] ?? [],
  );
  for (const { key, x, y } of picks) {
    await page().mouse.move(x, y);
    await expect.poll(() => page().locator('.lane-open').count()).toBe(1);
    // This mark's events, not the mark pointed at before it (whose button stays open until the new one opens).
    await expect
      .poll(async () => (await page().locator('.lane-open').getAttribute('data-events'))?.split(' '))
      .toContain(key);
    await expect.poll(() => page().locator('.lane-popover').textContent()).toContain('Confidence');
    await expect
      .poll(() => page().locator('.events-chart-plot .event-highlight > span').count())
      .toBeGreaterThan(0);
  }
  // Shown on hover, so dismissed by Escape with the pointer still there (WCAG 1.4.13).
  await page().keyboard.press('Escape');
  await expect.poll(() => page().locator('.lane-popover').count()).toBe(0);
  // The highlight goes after the popover (an effect of the strip's drawing): waited for, not read at once.
  await expect.poll(() => page().locator('.event-highlight').count()).toBe(0);
  await page().mouse.move(0, 0);
  await expect.poll(() => page().locator('.lane-popover').count()).toBe(0);
  await expect.poll(() => page().locator('.event-highlight').count()).toBe(0);
});

test('the Briefing’s list lights each event up on the chart on hover or focus, and keeps it lit when pressed', async () => {
  await showUrl(page(), '?view=briefing');
  await ready('.briefing-body');
  const items = page().locator('.highlighted-events .event-key-item');
  expect(await items.count()).toBeGreaterThan(5);
  const lit = () => page().locator('.briefing-body .event-highlight > span').count();
  const pointed = () => page().locator('.briefing-body .lane-pointed').getAttribute('data-events');
  expect(await lit()).toBe(0);
  // Keyboard: each item in turn lights its own event up, and its strip button is marked.
  await items.first().focus();
  for (let i = 0; i < 4; i++) {
    const id = await items.nth(i).locator('xpath=..').getAttribute('data-event-id');
    await expect.poll(lit).toBe(1);
    await expect.poll(pointed).toContain(`curated:${id}`);
    await page().keyboard.press('Tab');
  }
  // Pressing keeps an event lit once focus and pointer have gone.
  // Pointer and focus are gone once neither is on the item: only then does "still lit" say what pressing kept.
  const onItem = (i: number) =>
    items.nth(i).evaluate((item) => item === document.activeElement || item.matches(':hover'));
  await items.nth(1).click();
  await expect.poll(() => items.nth(1).getAttribute('aria-pressed')).toBe('true');
  await page().locator('#highlighted-title').click();
  await page().mouse.move(0, 0);
  await expect.poll(() => onItem(1)).toBe(false);
  await expect.poll(lit).toBe(1);
  await page().screenshot({ path: shot('briefing-list'), fullPage: true });
  await items.nth(1).click();
  await expect.poll(() => items.nth(1).getAttribute('aria-pressed')).toBe('false');
  await page().locator('#highlighted-title').click();
  await page().mouse.move(0, 0);
  await expect.poll(lit).toBe(0);
  // The pointer does the same.
  await items.nth(2).hover();
  await expect.poll(lit).toBe(1);
  await page().mouse.move(0, 0);
  expect(open.consoleErrors).toEqual([]);
});

test('the analysis charts carry the same strip on their own time axis, which lights events up', async () => {
  // Issue #26: England's weekly fit is refused for residual autocorrelation; the West Midlands' fit around the four
  // new hubs of 28 September 2023 passes the test (p = 0.050), so its chart is drawn.
  const event = 'curated:2023-09-28-four-more-hubs';
  const area = 'E12000005';
  await showUrl(page(), `?view=briefing&b.event=${event}&b.measure=weekly-overall&b.area=${area}`);
  await page().waitForSelector(`.analysis-results[data-analysis-key="${event}|weekly-overall|${area}"]`);
  const its = page()
    .locator('.analysis-panel')
    .filter({ has: page().locator('#its-title') });
  const buttons = its.locator('.lane-item > button');
  await expect.poll(() => buttons.count()).toBeGreaterThan(5);
  expect(overlaps(await stripBoxes(its))).toEqual([]);
  expect(await its.locator('.event-layer [data-event]').count()).toBeGreaterThan(0);
  expect(await its.locator('.event-themes button').count()).toBeGreaterThan(0);
  // The analysed event itself is in the strip, and lights up at its date on the chart.
  const guidance = its.locator(`.lane-item[data-events~="${event}"] > button`);
  await guidance.focus();
  await expect.poll(() => its.locator('.event-highlight-marks line').count()).toBeGreaterThan(0);
  // One of the lines lit up (the button may hold more than one guidance event) is the analysed event's own line.
  const lit = await its
    .locator('.event-highlight-marks line')
    .evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('x1'))));
  const reference = Number(await its.locator('.recharts-reference-line line').first().getAttribute('x1'));
  expect(
    lit.some((x) => Math.abs(x - reference) < 1.5),
    `${lit.join(', ')} vs ${reference}`,
  ).toBe(true);
  await its.locator('[data-chart]').screenshot({ path: shot('analysis') });
  await page().keyboard.press('Escape');
  await expect.poll(() => its.locator('.event-highlight-marks > *').count()).toBe(0);
  expect(open.consoleErrors).toEqual([]);
});
