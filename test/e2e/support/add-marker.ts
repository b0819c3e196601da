import type { Page } from 'playwright-core';

/**
 * Saves a member's marker through the Timeline's Add marker dialog (the page showing the Timeline), as a user
 * would: an intervention on 15 January 2024 under `title`. Returns once the dialog has closed, the save made.
 * `timeout` is how long the Add marker button may take to be ready, where Playwright's default is too short.
 */
export async function addMarker(
  page: Page,
  title: string,
  options: { timeout?: number } = {},
): Promise<void> {
  await page.getByRole('button', { name: 'Add marker' }).first().click({ timeout: options.timeout });
  const dialog = page.getByRole('dialog', { name: 'Add marker' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Date', { exact: true }).fill('2024-01-15');
  await dialog.getByLabel('Type').selectOption('intervention');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
