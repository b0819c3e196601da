import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * The key of the answer the first chart under `scope` has drawn (chart-frame.tsx's `data-render-key`): '' while it
 * loads or while there is no chart, and a new key for every new answer. A ready chart says only that *some* answer is
 * drawn; the key says which. Read as it is, never waited for: before an action there may be no chart at all.
 */
export function drawnKey(page: Page, scope = ''): Promise<string> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.getAttribute('data-render-key') ?? '',
    `${scope} [data-chart]`.trim(),
  );
}

/**
 * Does `action` (a click, a key, a choice, a URL shown), then waits until the chart has drawn an answer other than the
 * one it showed before, and returns its key. Playwright's click and key presses return once the browser has the
 * input, which can be before the page has acted on it: a wait for a ready chart alone could then see the previous
 * chart, still ready. Only for actions that change what the chart asks; one that leaves it as it was would wait for a
 * redraw that never comes. Call it with the chart settled, not while an earlier answer is on its way.
 */
export async function redrawnAfter(page: Page, action: () => Promise<unknown>, scope = ''): Promise<string> {
  const before = await drawnKey(page, scope);
  await action();
  let key = '';
  // One poll for both: a loading chart ('') is not yet the new answer.
  await expect
    .poll(async () => {
      key = await drawnKey(page, scope);
      return key !== '' && key !== before;
    })
    .toBe(true);
  return key;
}

/**
 * Waits until the chart drawn is one of the dataset `id` (its render key names the dataset's view, `ds_<id>`): a
 * chart of the start-up data, ready while an added file is still loading, is not taken for the file's.
 */
export async function drawnFrom(page: Page, id: string): Promise<void> {
  await expect.poll(() => drawnKey(page)).toContain(`"view":"ds_${id}"`);
}

/**
 * Waits until the trend chart has drawn the answer to these choices of its request (`{ view: 'ds_u1', indicator:
 * … }`): its render key (trend-model.ts) is `[request, revision, multiples]`. For a choice that may already be the
 * chart's, where {@link redrawnAfter} would wait for a change that never comes.
 */
export async function trendDrawnFor(page: Page, choices: Readonly<Record<string, string>>): Promise<void> {
  await expect
    .poll(async () => {
      const key = await drawnKey(page);
      const request = key ? (JSON.parse(key) as [Record<string, unknown>])[0] : {};
      return Object.entries(choices).every(([name, value]) => request[name] === value);
    })
    .toBe(true);
}

/**
 * Presses the Chart button of a dataset listed in the data panel (`item`, its `li[data-dataset-id]`) and waits until
 * the page has chosen that dataset and drawn its own chart: the chart before the click stays ready until then.
 */
export async function chartListed(item: Locator): Promise<void> {
  const id = await item.getAttribute('data-dataset-id');
  if (!id) throw new Error('chartListed: the item names no dataset (no data-dataset-id)');
  await item.getByRole('button', { name: /^Chart/ }).click();
  await expect.poll(() => item.page().getByLabel('Dataset').inputValue()).toBe(id);
  await drawnFrom(item.page(), id);
}
