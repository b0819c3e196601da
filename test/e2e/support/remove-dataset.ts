import type { Page } from 'playwright-core';
import { openDataDrawer } from './browser';

/** Presses Remove on a dataset's listing in the data panel (opening the panel first), as a user deletes a file. */
export async function removeDataset(page: Page, id: string): Promise<void> {
  await openDataDrawer(page);
  await page
    .locator(`li[data-dataset-id="${id}"]`)
    .getByRole('button', { name: /^Remove/ })
    .click();
}
