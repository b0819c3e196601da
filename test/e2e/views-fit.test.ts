import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { VIEWS } from '../../src/app/views';
import { EES_VARIETY_DIR } from '../support/ees-variety-files';
import { openDataDrawer, openPage, type OpenPage } from './support/browser';

/**
 * Issue 23, point 8: every view, reached by its URL, fits a phone (390 px) and a tablet (768 px) with the default
 * data and with an added file: the page never scrolls sideways; a wide table scrolls inside its own box.
 */
const baseUrl = inject('baseUrl');
const WIDTHS = [390, 768];
// A file with nine filters of long values and a local authority ranking: the widest controls and tables.
const ADDED = 'KS4_2018_LA_Char_Testdata.zip';
let open: OpenPage;

beforeAll(async () => {
  open = await openPage(baseUrl);
});
afterAll(async () => {
  await open.close();
});

const page = () => open.page;

/** What shows a view has drawn its content: its chart, the event list, or the console's editor. */
const READY: Record<string, string> = {
  timeline: '.timeline-count',
  sql: '.sql-console textarea',
};

async function settled(view: string): Promise<void> {
  await page().waitForSelector(READY[view] ?? '[data-chart][data-state="ready"]', { timeout: 120_000 });
  // Nothing still loading: later panels (the ranking table, the Briefing's cards) draw after the first chart.
  await expect.poll(() => page().locator('[data-state="loading"]').count(), { timeout: 120_000 }).toBe(0);
}

/** The page's width against the window's, and the elements that stick out past the window's right edge. */
const measure = () =>
  page().evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .slice(-5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} → ${Math.round(element.getBoundingClientRect().right)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });

async function expectFits(view: string, width: number, label: string): Promise<void> {
  await page().setViewportSize({ width, height: 900 });
  await page().goto(`${baseUrl}?view=${view}${label === 'added' ? '&ds=u1' : ''}`);
  await settled(view);
  const measured = await measure();
  await page().screenshot({
    path: path.resolve(`.tmp/e2e-fit-${label}-${view}-${width}.png`),
    fullPage: true,
  });
  expect(
    measured.scrollWidth,
    `${view} at ${width} px (${label}): ${measured.wide.join('; ')}`,
  ).toBeLessThanOrEqual(measured.width);
}

const cases = VIEWS.flatMap((view) => WIDTHS.map((width) => [view.id, width] as const));

test.each(cases)(
  'default data: %s fits %i px',
  async (view, width) => {
    await expectFits(view, width, 'default');
  },
  240_000,
);

test('an added file is loaded (kept in this browser for the views below)', async () => {
  await page().setViewportSize({ width: 1280, height: 900 });
  await page().goto(baseUrl);
  await settled('trends');
  await openDataDrawer(page());
  await page().getByLabel('Add data files').setInputFiles(path.join(EES_VARIETY_DIR, ADDED));
  await page().locator('li[data-dataset-id="u1"]').waitFor({ timeout: 180_000 });
}, 300_000);

test.each(cases)(
  'added file: %s fits %i px',
  async (view, width) => {
    await expectFits(view, width, 'added');
  },
  240_000,
);

test('no errors on the way', () => {
  expect(open.consoleErrors).toEqual([]);
});
