import type { BrowserContext, Page } from 'playwright-core';
import { collectErrors } from './browser';

export interface Tab {
  page: Page;
  /** Console errors and page errors seen in this tab so far: a clean page has none. */
  consoleErrors: string[];
  close: () => Promise<void>;
}

/**
 * A new tab in a browser already running (support/browser.ts's openPage), for a test that needs a page of its own
 * but not a browser of its own: launching Chromium again costs 2–3 CPU-seconds, a tab next to nothing.
 */
export async function openTab(context: BrowserContext): Promise<Tab> {
  const page = await context.newPage();
  return { page, consoleErrors: collectErrors(page), close: () => page.close() };
}
