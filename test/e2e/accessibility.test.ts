import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';
import { showUrl } from './support/show-url';
import { viewSettled } from './support/view-settled';

// axe-core, run inside the page, checks each view against WCAG 2.2 A and AA rules that can be automated.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');
let open: OpenPage;

// One page for the file: each view is reached by its URL on it (support/show-url.ts), as a link in the app would.
beforeAll(async () => {
  open = await openPage(baseUrl);
  await open.page.goto(baseUrl);
});
afterAll(async () => {
  await open.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

const VIEWS = [
  'trends',
  'local-authorities',
  'characteristics',
  'timeline',
  'briefing',
  'sql',
  // The map and the statistical neighbours, which the views above do not show at first.
  'local-authorities&la.chart=map',
  'trends&geo=sn:E08000016',
];

test.each(VIEWS)('the %s view has no automatically detectable WCAG 2.2 AA violations', async (view) => {
  await showUrl(open.page, `?view=${view}`);
  // Checked once drawn and settled: a rule checked on a half-drawn view would pass or fail by the machine's speed.
  await viewSettled(open.page, view.split('&')[0] ?? view);
  // Evaluated through the DevTools protocol: the page's own policy rightly refuses inline scripts.
  await open.page.evaluate(axeSource);
  const violations = await open.page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`,
    );
  });
  expect(violations).toEqual([]);
});

test('every control can be reached by keyboard and shows where focus is', async () => {
  await open.page.goto(baseUrl);
  await open.page.waitForSelector('[data-chart][data-state="ready"]');
  const seen: { tag: string; outline: string; shadow: string }[] = [];
  for (let i = 0; i < 12; i++) {
    await open.page.keyboard.press('Tab');
    seen.push(
      await open.page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        return { tag: element.tagName, outline: style.outlineStyle, shadow: style.boxShadow };
      }),
    );
  }
  expect(seen.some((s) => s.tag === 'SELECT')).toBe(true);
  for (const focus of seen.filter((s) => s.tag !== 'BODY'))
    expect(focus.outline !== 'none' || focus.shadow !== 'none').toBe(true);
});
