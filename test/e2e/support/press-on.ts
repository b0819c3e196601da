import { expect } from 'vitest';
import type { Locator } from 'playwright-core';

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
