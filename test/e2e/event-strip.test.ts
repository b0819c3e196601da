import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { resized } from './support/resized';
import { showUrl } from './support/show-url';
import { overlaps, stripBoxes } from './support/strip-boxes';

// Issue #14: events in a labelled strip that never overprints, pages that fit a phone, themes in the URL.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One page for the file: each view is reached by its URL on it (support/show-url.ts), as a link in the app would.
// Opened at the first case's width, so Trends at 1280 px is drawn at that width, not redrawn from another.
const open = pageForFile({ viewport: { width: 1280, height: 900 }, startAt: '' });

const page = () => open.page;
const chartReady = () => page().waitForSelector('[data-chart][data-state="ready"]');
const stripReady = () => page().waitForSelector('.lane-item > button');

async function axeViolations(): Promise<string[]> {
  await page().evaluate(axeSource);
  return page().evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes[0]?.target.join(' ')})`);
  });
}

test.each([
  ['trends', 1280],
  ['briefing', 1280],
  ['trends', 768],
  ['briefing', 768],
  ['trends', 390],
  ['briefing', 390],
])('%s at %i px: the page fits, no event labels overprint, axe finds nothing', async (view, width) => {
  // Laid out at this width before it is measured, even where the view was already shown at another.
  await resized(page(), { width, height: 900 });
  await showUrl(page(), `?view=${view}`);
  await chartReady();
  await stripReady();
  const boxes = await stripBoxes(page());
  expect(boxes.length).toBeGreaterThan(5);
  expect(overlaps(boxes)).toEqual([]);
  // Labels are words, not bare counts: every label that is shown has letters in it. On a phone there may be no
  // room for any: the symbols and the theme switches (the legend) stand alone.
  const labels = await page().locator('.strip-label').allTextContents();
  if (width > 390) expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).toMatch(/[A-Za-z]/);
  const [scrollWidth, innerWidth] = await page().evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  // The data panel is a closed drawer on trends and absent from the briefing.
  expect(await page().locator('.data-panel').isVisible()).toBe(false);
  if (view === 'briefing') expect(await page().locator('.data-panel').count()).toBe(0);
  await page().screenshot({ path: path.resolve(`.tmp/e2e-strip-${view}-${width}.png`), fullPage: true });
  expect(await axeViolations()).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('the strip is a keyboard path: arrows step through each event in turn, its details, its date lit up on the chart', async () => {
  await resized(page(), { width: 1280, height: 900 });
  await showUrl(page(), '');
  await chartReady();
  await stripReady();
  const buttons = page().locator('.lane-item > button');
  const count = await buttons.count();
  await buttons.first().focus();
  const seen: string[] = [];
  const focused = () => page().evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  for (let i = 0; i < Math.min(count, 6); i++) {
    // Each arrow moves the focus on: waited for, as the popover and highlight are waited for, never read at once.
    if (i > 0) await expect.poll(focused).not.toBe(seen.at(-1));
    seen.push(await focused());
    // Focus opens the details and lights the event's date or period up over the plot.
    await expect.poll(() => page().locator('.lane-popover').count()).toBe(1);
    await expect.poll(() => page().locator('.lane-popover').textContent()).toContain('Confidence');
    await expect.poll(() => page().locator('.event-highlight > span').count()).toBeGreaterThan(0);
    await page().keyboard.press('ArrowRight');
  }
  expect(new Set(seen).size).toBe(seen.length);
  // The first row is campaigns; its buttons say the theme, date and title.
  expect(seen[0]).toMatch(/^Campaigns, /);
  await buttons.first().focus();
  await page().keyboard.press('Escape');
  await expect.poll(() => page().locator('.lane-popover').count()).toBe(0);
  await expect.poll(() => page().locator('.event-highlight').count()).toBe(0);
  // Hovering does the same.
  await buttons.nth(1).hover();
  await expect.poll(() => page().locator('.event-highlight > span').count()).toBeGreaterThan(0);
  await page().mouse.move(0, 0);
});

test('themes switch on and off, and the choice is in the URL', async () => {
  await resized(page(), { width: 1280, height: 900 });
  await showUrl(page(), '');
  await chartReady();
  await stripReady();
  const alliance = page().getByRole('button', { name: 'Alliance meetings and pledges', exact: true });
  const rows = page().locator('.strip-row ul[data-theme="alliance"]');
  expect(await alliance.getAttribute('aria-pressed')).toBe('true');
  expect(await rows.count()).toBe(1);
  const ticks = await page().locator('.event-layer line').count();
  await alliance.click();
  await expect.poll(() => new URL(page().url()).searchParams.get('ev.off')).toBe('alliance');
  await expect.poll(() => rows.count()).toBe(0);
  expect(await alliance.getAttribute('aria-pressed')).toBe('false');
  // The chart's own marks are drawn apart from the strip: waited for in their turn.
  await expect.poll(() => page().locator('.event-layer line').count()).toBeLessThan(ticks);
  await page().getByRole('button', { name: 'Funding and data', exact: true }).click();
  await expect.poll(() => new URL(page().url()).searchParams.get('ev.off')).toBe('alliance.funding-data');

  // A link opens with the same themes off, on the briefing too.
  await showUrl(page(), '?view=briefing&ev.off=hubs');
  await chartReady();
  await stripReady();
  expect(await page().locator('.strip-row ul[data-theme="hubs"]').count()).toBe(0);
  expect(await page().locator('.strip-row ul[data-theme="campaigns"]').count()).toBe(1);
  await page().getByRole('button', { name: 'Attendance hubs', exact: true }).click();
  await expect.poll(() => new URL(page().url()).searchParams.get('ev.off')).toBe(null);
  await expect.poll(() => page().locator('.strip-row ul[data-theme="hubs"]').count()).toBe(1);
  expect(open.consoleErrors).toEqual([]);
});
