import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** What shows a view has drawn its content: its chart, the event list, or the console's editor. */
const READY: Readonly<Record<string, string>> = {
  timeline: '.timeline-count',
  sql: '.sql-console textarea',
};

/**
 * Waits until the view (`trends`, `timeline`, …) has drawn and nothing on the page is still loading: later panels
 * (the ranking table, the Briefing's cards) draw after the first chart, and each says it is busy until then
 * (`data-state="loading"`, `aria-busy="true"`). A state to wait for, never a length of time.
 */
export async function viewSettled(page: Page, view: string): Promise<void> {
  await page.waitForSelector(READY[view] ?? '[data-chart][data-state="ready"]', { timeout: 120_000 });
  await expect
    .poll(() => page.locator('[data-state="loading"], [aria-busy="true"]').count(), { timeout: 120_000 })
    .toBe(0);
}
