import type { Page } from 'playwright-core';

/**
 * Shows the chart's table. The Table button is a toggle kept by the chart, and a chart reached by URL on a shared
 * page (support/show-url.ts) may already show its table: pressing it again would hide it.
 */
export async function showTable(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Table', exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}
