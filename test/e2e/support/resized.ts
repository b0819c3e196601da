import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Sets the window's size and waits until the page has drawn at it. The charts and the event strip measure their
 * width with a ResizeObserver, which reports in the frame after the resize and has React draw again in a task after
 * that: a view already shown is laid out for the old width until then. So: the new width is the window's, then two
 * frames and a task have passed (the observer's report, and React's drawing from it). Frames and tasks, not time.
 */
export async function resized(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(size.width);
  await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  );
}
