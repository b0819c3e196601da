import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openPage, type OpenPage } from './support/browser';

// Two pages of one persistent profile are two tabs of one browser: one IndexedDB, one BroadcastChannel.
const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-tabs-'));
const baseUrl = inject('baseUrl');
let open: OpenPage;
let tabA: Page;
let tabB: Page;

beforeAll(async () => {
  open = await openPage(baseUrl, { profileDir });
  tabA = open.page;
  tabB = await open.context.newPage();
  await Promise.all([tabA.goto(`${baseUrl}?view=timeline`), tabB.goto(`${baseUrl}?view=timeline`)]);
});
afterAll(async () => {
  await open.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const titles = (tab: Page) => tab.locator('.marker-list li strong').allTextContents();

async function edit(tab: Page, title: string) {
  await tab.getByRole('button', { name: `Edit ${title}` }).click();
  return tab.getByRole('dialog', { name: 'Edit marker' });
}

test('a marker saved in one tab appears in the other without a reload', async () => {
  await tabA.getByRole('button', { name: 'Add marker' }).first().click();
  const dialog = tabA.getByRole('dialog', { name: 'Add marker' });
  await dialog.getByLabel('Title').fill('Opened in both tabs');
  await dialog.getByLabel('Date', { exact: true }).fill('2024-02-05');
  await dialog.getByLabel('Type').selectOption('campaign');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => titles(tabB)).toEqual(['Opened in both tabs']);
});

test('a save from the stale tab is refused with the saved marker shown, and can be made again on it', async () => {
  // Tab B opens the form first; tab A then saves a change B has not seen.
  const stale = await edit(tabB, 'Opened in both tabs');
  const fresh = await edit(tabA, 'Opened in both tabs');
  await fresh.getByLabel('Title').fill('Saved in tab A');
  await fresh.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => fresh.isVisible()).toBe(false);

  await stale.getByLabel('Title').fill('Typed in tab B');
  await stale.getByRole('button', { name: 'Save marker' }).click();
  const alert = stale.locator('.marker-failure');
  await expect
    .poll(() => alert.textContent())
    .toContain(
      '“Saved in tab A” was changed in another tab or window since you opened it, so your changes were not saved',
    );
  expect(await stale.getByTestId('stored-marker').textContent()).toContain('Saved in tab A');
  expect(await stale.isVisible()).toBe(true);
  await tabB.screenshot({ path: path.resolve('.tmp/e2e-marker-stale-save.png') });
  // Nothing was overwritten: both tabs show tab A's save.
  await expect.poll(() => titles(tabA)).toEqual(['Saved in tab A']);
  await expect.poll(() => titles(tabB)).toEqual(['Saved in tab A']);

  await stale.getByRole('button', { name: 'Edit the saved version' }).click();
  await expect.poll(() => stale.getByLabel('Title').inputValue()).toBe('Saved in tab A');
  await stale.getByLabel('Title').fill('Typed in tab B, on the saved version');
  await stale.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => stale.isVisible()).toBe(false);
  await expect.poll(() => titles(tabA)).toEqual(['Typed in tab B, on the saved version']);
  expect(open.consoleErrors).toEqual([]);
});
