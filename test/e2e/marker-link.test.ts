import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { markersToFragment } from '../../src/timeline/marker-link';
import { aMarker } from '../support/markers';
import { openPage, type OpenPage } from './support/browser';
import { showUrl } from './support/show-url';

// Issue #14: a member shares markers as a link; opening it shows them and asks before saving any.
const baseUrl = inject('baseUrl');
let sender: OpenPage;
let receiver: OpenPage;
const TITLE = 'Town-wide attendance week <i>';

beforeAll(async () => {
  sender = await openPage(baseUrl);
  receiver = await openPage(baseUrl);
});
afterAll(async () => {
  await sender.close();
  await receiver.close();
});

async function shareLink(): Promise<string> {
  const page = sender.page;
  await page.goto(`${baseUrl}?view=timeline`);
  await page.getByRole('button', { name: 'Add marker' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add marker' });
  await dialog.getByLabel('Title').fill(TITLE);
  await dialog.getByLabel('Date', { exact: true }).fill('2023-10-16');
  await dialog.getByLabel('Type').selectOption('campaign');
  await dialog.getByRole('button', { name: 'Save marker' }).click();
  await expect.poll(() => page.locator('.marker-list li').count()).toBe(1);
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const link = await page.getByLabel('Link to your markers').inputValue();
  expect(link).toMatch(/\?view=timeline#markers=1\.[A-Za-z0-9_-]+$/);
  return link;
}

const savedCount = () => receiver.page.locator('.marker-list li').count();

test('a shared link shows its markers, saves nothing until asked, then saves them', async () => {
  const link = await shareLink();
  // The marker's words are in the link only compressed, never as readable text.
  expect(link).not.toContain('attendance');
  const page = receiver.page;
  await page.goto(link);
  const prompt = page.getByRole('region', { name: 'Markers shared with you' });
  await expect.poll(() => prompt.textContent()).toContain(TITLE);
  expect(await prompt.textContent()).toContain('16 Oct 2023');
  expect(await savedCount()).toBe(0);
  // The link's contents are taken out of the address once read: a reload does not offer them again.
  expect(new URL(page.url()).hash).toBe('');
  await prompt.getByRole('button', { name: 'Save this marker' }).click();
  // The saved marker is listed 0.8–1.1 s after the click on a busy two-core machine: past expect.poll's 1 s default.
  await expect.poll(() => savedCount()).toBe(1);
  expect(await page.locator('.marker-list li').first().textContent()).toContain(TITLE);
  expect(await page.locator('.marker-list i').count()).toBe(0);
  await expect
    .poll(() => page.getByRole('status').filter({ hasText: 'Saved 1 shared marker' }).count())
    .toBe(1);

  // Opening the same link again finds the marker already saved and offers nothing new.
  await page.goto(link);
  await expect
    .poll(() => page.locator('.shared-markers').textContent())
    .toContain('It is already saved here.');
  // Issue #29: nothing new to save offers no Save button (it read "Save these 0 markers").
  expect(await page.locator('.shared-markers').getByRole('button', { name: /^Save/ }).count()).toBe(0);
  expect(receiver.consoleErrors).toEqual([]);
  expect(sender.consoleErrors).toEqual([]);
});

test.each([
  [
    'a tampered link',
    (link: string) => link.replace(/#markers=1\.(.{12})./, '#markers=1.$1~'),
    /could not be read/,
  ],
  ['a link cut short', (link: string) => link.slice(0, link.length - 10), /could not be read/],
  ['an oversized link', () => `${baseUrl}?view=timeline#markers=1.${'A'.repeat(20_000)}`, /at most/],
])('%s gets a clear message and changes nothing', async (_name, damage, message) => {
  const page = receiver.page;
  // The receiver already has the app open (the test above): the marker list is read on it, and only the damaged link
  // itself is opened as a fresh page, as a link from elsewhere is.
  await showUrl(page, '?view=timeline');
  await expect.poll(() => savedCount()).toBe(1);
  const before = await page.locator('.marker-list').textContent();
  const good = await sender.page.getByLabel('Link to your markers').inputValue();
  await page.goto(damage(good));
  const alert = page.locator('.shared-markers[role="alert"]');
  await expect.poll(() => alert.textContent()).toMatch(message);
  expect(await alert.textContent()).toContain('Nothing was saved; your markers are unchanged.');
  // The list of a page opened anew is read from storage after it is drawn: polled, not read once.
  await expect.poll(() => page.locator('.marker-list').textContent()).toBe(before);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => alert.count()).toBe(0);
});

// Issue #29: a link whose markers all fail their checks offered "Save these 0 markers" and said "Line 1".
test('a link with nothing valid says so, names each item, and offers no save', async () => {
  const page = receiver.page;
  await showUrl(page, '?view=timeline');
  await expect.poll(() => savedCount()).toBe(1);
  const before = await page.locator('.marker-list').textContent();
  const bad = aMarker('bad-one', { start: '2024-02-30', title: 'Bad date' });
  const fragment = markersToFragment([bad, { ...bad, id: 'bad-two', link: 'javascript:alert(1)' }]);
  await page.goto(`${baseUrl}?view=timeline#${fragment ?? ''}`);
  const prompt = page.getByRole('region', { name: 'Markers shared with you' });
  await expect.poll(() => prompt.textContent()).toContain('This link holds no marker that can be saved.');
  expect(await prompt.textContent()).toContain('2 entries were left out');
  const items = await prompt.locator('.import-rejected li').allTextContents();
  expect(items.map((item) => item.slice(0, 8))).toEqual(['Item 1: ', 'Item 2: ']);
  expect(await prompt.getByRole('button', { name: /^Save/ }).count()).toBe(0);
  await prompt.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => prompt.count()).toBe(0);
  await expect.poll(() => page.locator('.marker-list').textContent()).toBe(before);
});
