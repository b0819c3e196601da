import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, inject, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showUrl } from './support/show-url';
import { viewSettled } from './support/view-settled';

// axe-core, run inside the page, checks each view against WCAG 2.2 A and AA rules that can be automated.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const baseUrl = inject('baseUrl');

// One page for the file: each view is reached by its URL on it (support/show-url.ts), as a link in the app would.
const open = pageForFile({ startAt: '' });
/** Whether the page is still as loaded, untouched: the keyboard test starts there, and loads it again if not. */
let asLoaded = true;

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

/** A number for the focused element, the same each time it is asked about the same element (0 for none). */
const focusedElement = () =>
  open.page.evaluate(() => {
    const known = window as unknown as { lensFocusIds?: WeakMap<Element, number>; lensFocusCount?: number };
    const element = document.activeElement;
    if (!element) return 0;
    known.lensFocusIds ??= new WeakMap();
    const id = known.lensFocusIds.get(element) ?? (known.lensFocusCount = (known.lensFocusCount ?? 0) + 1);
    known.lensFocusIds.set(element, id);
    return id;
  });

test('every control can be reached by keyboard and shows where focus is', async () => {
  // From the page as loaded, focus on nothing yet. Run first (as listed), the file's page is that page; run after
  // the views' tests (in a shuffled order), the page is loaded again.
  if (!asLoaded) await open.page.goto(baseUrl);
  asLoaded = false;
  await open.page.waitForSelector('[data-chart][data-state="ready"]');
  const seen: { tag: string; outline: string; shadow: string }[] = [];
  for (let i = 0; i < 12; i++) {
    const before = await focusedElement();
    await open.page.keyboard.press('Tab');
    // Read once the key has moved focus on, never at once (the page may take the key after the press returns).
    await expect.poll(focusedElement).not.toBe(before);
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
  // The views' tests check pages as a link opens them, with nothing focused (no strip details opened by focus).
  await open.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
});

test.each(VIEWS)('the %s view has no automatically detectable WCAG 2.2 AA violations', async (view) => {
  asLoaded = false;
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
