import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * The key of the answer the chart under `scope` has drawn (chart-frame.tsx's `data-render-key`): '' while it loads,
 * and a new key for every new answer. A ready chart says only that *some* answer is drawn; the key says which.
 */
const drawnKey = (page: Page, scope: string) =>
  page
    .locator(`${scope} [data-chart]`.trim())
    .first()
    .getAttribute('data-render-key')
    .then((key) => key ?? '');

/**
 * Does `action` (a click, a key, a choice), then waits until the chart has drawn an answer other than the one it
 * showed before. Playwright's click and key presses return once the browser has the input, which can be before the
 * page has acted on it: a wait for a ready chart alone could then see the previous chart, still ready. Only for
 * actions that change what the chart asks; one that leaves it as it was would wait for a redraw that never comes.
 * Call it with the chart settled (drawn, or with nothing it can draw), not while an earlier answer is on its way.
 */
export async function redrawnAfter(page: Page, action: () => Promise<unknown>, scope = ''): Promise<void> {
  // Read as it is, not waited for: a chart may have nothing to draw before the action (its dataset just removed).
  const before = await drawnKey(page, scope);
  await action();
  // One poll for both: a loading chart ('') is not yet the new answer.
  await expect.poll(async () => [before, ''].includes(await drawnKey(page, scope))).toBe(false);
}

/**
 * Waits until the trend chart has drawn the answer to these choices of its request (`{ view: 'ds_u1', indicator:
 * … }`): its render key (trend-model.ts) is `[request, revision, multiples]`. For a choice that may already be the
 * chart's, where {@link redrawnAfter} would wait for a change that never comes.
 */
export async function trendDrawnFor(page: Page, choices: Readonly<Record<string, string>>): Promise<void> {
  await expect
    .poll(async () => {
      const key = await drawnKey(page, '');
      const request = key ? (JSON.parse(key) as [Record<string, unknown>])[0] : {};
      return Object.entries(choices).every(([name, value]) => request[name] === value);
    })
    .toBe(true);
}
