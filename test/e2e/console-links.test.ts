import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pageForFile } from './support/page-for-file';
import { showUrl } from './support/show-url';
import { noiseLetters } from '../support/seeded-random';

// Issue #28, point 2: a long console query made a link no host would serve, and the page then could not reload.
const baseUrl = inject('baseUrl');
const open = pageForFile();

const noise = (length: number) => noiseLetters(length, 11);

const LONG = `SELECT 42 AS answer -- ${noise(30_000)}`;
const editor = (page: Page) => page.getByLabel('SQL query');
const note = (page: Page) => page.getByTestId('sql-link-note');

async function run(sql: string): Promise<void> {
  await editor(open.page).fill(sql);
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await expect
    .poll(() =>
      open.page.locator('.sql-output').evaluate((element) => [element.dataset.query, element.dataset.state]),
    )
    .toEqual([sql, 'ready']);
}

/** Opens a copied link in a new tab, which has none of this tab's kept queries, and says whether the host served it. */
async function openInNewTab(url: string): Promise<{ page: Page; status: number | undefined }> {
  const page = await open.context.newPage();
  const response = await page.goto(url);
  await page.getByRole('heading', { name: 'SQL console' }).waitFor();
  return { page, status: response?.status() };
}

test('a 30,000-character query stays in the tab: the page reloads with it, and its link says it is not carried', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', { state: 'attached' });
  expect(LONG.length).toBeGreaterThan(30_000);
  await run(LONG);
  // The address the run writes, once written (read at once, it could still be the one before the run).
  await expect.poll(() => new URL(open.page.url()).searchParams.has('sql.tab')).toBe(true);
  const url = open.page.url();
  expect(url.length).toBeLessThanOrEqual(2000);
  await expect.poll(() => note(open.page).getAttribute('data-link')).toBe('tab');
  await expect.poll(() => note(open.page).textContent()).toMatch(/does not carry this query.*copy its text/);

  const reloaded = await open.page.reload();
  expect(reloaded?.status()).toBe(200);
  await expect.poll(() => editor(open.page).inputValue()).toBe(LONG);
  await expect.poll(() => note(open.page).getAttribute('data-link')).toBe('tab');

  const copied = await openInNewTab(url);
  try {
    expect(copied.status).toBe(200);
    await expect.poll(() => note(copied.page).getAttribute('data-link')).toBe('not-carried');
    expect(await note(copied.page).textContent()).toMatch(/did not carry its SQL query/);
    expect(await editor(copied.page).inputValue()).not.toContain(LONG.slice(0, 40));
  } finally {
    await copied.page.close();
  }
});

test.each([
  ['a short query travels as text', "SELECT 1 AS one, 'a&b #c' AS two", 'sql.q'],
  [
    'a longer query travels packed',
    `SELECT ${Array.from({ length: 200 }, (_, i) => `'value ${i}' AS column_${i}`).join(', ')}`,
    'sql.z',
  ],
])('%s, and its link opens with it', async (_name, sql, key) => {
  // The console by URL on the page a test before loaded (and reloaded): no further start-up of the engine and data.
  // Run first (in a shuffled order), the case loads the page itself.
  if (open.page.url().startsWith('http')) await showUrl(open.page, '?view=sql');
  else await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', { state: 'attached' });
  await run(sql);
  // The address the run writes, once written (read at once, it could still be the one before the run).
  await expect.poll(() => new URL(open.page.url()).searchParams.has(key)).toBe(true);
  const url = open.page.url();
  expect(url.length).toBeLessThanOrEqual(2000);
  expect(await note(open.page).count()).toBe(0);

  const copied = await openInNewTab(url);
  try {
    expect(copied.status).toBe(200);
    await expect.poll(() => editor(copied.page).inputValue()).toBe(sql);
    await copied.page.getByTestId('sql-from-link').waitFor();
    expect(await note(copied.page).count()).toBe(0);
  } finally {
    await copied.page.close();
  }
});
