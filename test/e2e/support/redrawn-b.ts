import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

/**
 * The render key of the chart drawn now (`data-render-key`, which the chart frame sets once its rows answer the
 * current choices), or '' while none is drawn.
 */
export function drawnKey(page: Page): Promise<string> {
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('figure[data-chart]');
    return figure?.dataset.state === 'ready' ? (figure.dataset.renderKey ?? '') : '';
  });
}

/**
 * Runs `action` (a click, a choice, a URL shown) and waits until the chart it asks for is drawn: a ready chart whose
 * render key is not the one drawn before. Waiting for any ready chart could return on the previous one, which stays
 * "ready" until the page has re-rendered for the action. For actions that change the chart's data.
 */
export async function redrawnBy(page: Page, action: () => Promise<unknown>): Promise<string> {
  const before = await drawnKey(page);
  await action();
  let key = '';
  await expect
    .poll(async () => {
      key = await drawnKey(page);
      return key !== '' && key !== before;
    })
    .toBe(true);
  return key;
}

/**
 * Presses a key on `target` by keyboard: focuses it, waits until it has the focus, then presses. A press sent while
 * the focus is elsewhere (the element drawn again between the focus and the key) would be lost, and a test then
 * waits for a change that never comes.
 */
export async function pressOn(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await expect.poll(() => target.evaluate((element) => element === document.activeElement)).toBe(true);
  await target.page().keyboard.press(key);
}

/**
 * Waits until the chart drawn is one of the dataset `id` (its render key names the dataset's view, `ds_<id>`): a
 * chart of the start-up data, ready while an added file is still loading, is not taken for the file's.
 */
export async function drawnFrom(page: Page, id: string): Promise<void> {
  await expect.poll(() => drawnKey(page)).toContain(`"view":"ds_${id}"`);
}
