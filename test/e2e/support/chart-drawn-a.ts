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
 */
export async function redrawnAfter(page: Page, action: () => Promise<unknown>, scope = ''): Promise<void> {
  await expect.poll(() => drawnKey(page, scope)).not.toBe('');
  const before = await drawnKey(page, scope);
  await action();
  // One poll for both: a loading chart ('') is not yet the new answer.
  await expect.poll(async () => [before, ''].includes(await drawnKey(page, scope))).toBe(false);
}
