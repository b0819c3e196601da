import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openPage, type OpenPage } from './support/browser';

let open: OpenPage;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  open = await openPage(baseUrl);
});
afterAll(async () => {
  await open.close();
});

const SEVERE_2324 = `SELECT value FROM observations WHERE dataset='annual_absence' AND indicator='enrolments_pa_50_exact_percent' AND area_code='E92000001' AND phase='Total' AND period='2023/24'`;

const editor = () => open.page.getByLabel('SQL query');
const output = () => open.page.locator('.sql-output');
const alert = () => output().getByRole('alert');

async function run(sql: string, expectedState: 'ready' | 'error'): Promise<void> {
  await editor().fill(sql);
  await open.page.getByRole('button', { name: 'Run query' }).click();
  // The output names the query it shows, so the previous query's state is never taken for this one's.
  await expect
    .poll(() => output().evaluate((element) => [element.dataset.query, element.dataset.state]), {
      timeout: 60_000,
    })
    .toEqual([sql, expectedState]);
}

test('the console reproduces England’s 2023/24 severe absence from observations', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  await open.page.waitForSelector('.sql-schema li[data-table="ds_annual_absence"]', { timeout: 60_000 });
  await expect
    .poll(() => open.page.locator('.sql-schema li[data-table="ds_annual_absence"]').textContent())
    .toContain('Annual absence: overall, persistent and severe');
  await expect.poll(() => editor().inputValue()).toContain('FROM observations');

  await run(SEVERE_2324, 'ready');
  const table = output().locator('table');
  await expect.poll(() => table.locator('caption').textContent()).toMatch(/^1 row in [\d.,]+ ms$/);
  await expect.poll(() => table.locator('thead th').allTextContents()).toEqual(['value']);
  await expect.poll(() => table.locator('tbody td').allTextContents()).toEqual(['2.3']);
  await expect.poll(() => table.locator('tbody td.sql-number').count()).toBe(1);
  expect(new URL(open.page.url()).searchParams.get('sql.q')).toBe(SEVERE_2324);

  const [download] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe('value\r\n2.3');
});

test('the example query runs with Ctrl+Enter and shows every year', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  await editor().focus();
  await open.page.keyboard.press('Control+Enter');
  await open.page.waitForSelector('.sql-output[data-state="ready"]', { timeout: 60_000 });
  const row2324 = output().locator('tbody tr', { hasText: '2023/24' }).locator('td');
  await expect.poll(() => row2324.allTextContents()).toEqual(['2023/24', '2.3', 'NULL']);
  await expect.poll(() => output().locator('tbody tr').count()).toBeGreaterThanOrEqual(9);
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-sql-example.png') });
});

test('a long query shows Running… and disables the button until it ends', async () => {
  await editor().fill('SELECT sum(i) AS total FROM range(1000000000) t(i)');
  await open.page.getByRole('button', { name: 'Run query' }).click();
  const running = open.page.getByRole('button', { name: 'Running…' });
  await expect.poll(() => running.isDisabled()).toBe(true);
  await open.page.waitForSelector('.sql-output[data-state="ready"]', { timeout: 100_000 });
  await expect.poll(() => output().locator('tbody td').allTextContents()).toEqual(['499999999500000000']);
  await expect.poll(() => open.page.getByRole('button', { name: 'Run query' }).isEnabled()).toBe(true);
});

test('a link reopens the same query, run only when asked, and NULL is told apart from the text NULL', async () => {
  const sql = "SELECT NULL AS a, 'NULL' AS b, 2.50 AS c, DATE '2024-09-01' AS d -- a comment";
  await open.page.goto(`${baseUrl}?view=sql&sql.q=${encodeURIComponent(sql)}`);
  await expect.poll(() => editor().inputValue()).toBe(sql);
  // Someone else's SQL is shown, not run, until the reader runs it.
  await open.page.getByTestId('sql-from-link').waitFor({ timeout: 60_000 });
  expect(await output().getAttribute('data-state')).toBe('idle');
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await open.page.waitForSelector('.sql-output[data-state="ready"]', { timeout: 60_000 });
  expect(new URL(open.page.url()).searchParams.get('sql.q')).toBe(sql);
  const cells = output().locator('tbody td');
  await expect.poll(() => cells.allTextContents()).toEqual(['NULL', 'NULL', '2.5', '2024-09-01']);
  await expect.poll(() => cells.nth(0).locator('.sql-null').count()).toBe(1);
  await expect.poll(() => cells.nth(1).locator('.sql-null').count()).toBe(0);
});

test('DuckDB’s own error is shown in an alert', async () => {
  await run('SELECT no_such_column FROM observations', 'error');
  await expect.poll(() => alert().textContent()).toContain('DuckDB could not run the query.');
  await expect.poll(() => alert().textContent()).toContain('no_such_column');
});

test('the console refuses to drop the app’s table, and the trends chart still draws', async () => {
  await run('DROP TABLE raw_annual_absence', 'error');
  await expect.poll(() => alert().textContent()).toContain('The console is read-only');
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-sql.png') });
  await run('SELECT count(*) AS n FROM raw_annual_absence', 'ready');
  await expect.poll(() => output().locator('tbody td').allTextContents()).toEqual(['6720']);

  await open.page.getByRole('link', { name: 'Trends' }).click();
  await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
  await expect.poll(() => open.page.locator('.chart-legend button').count()).toBe(10);
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
});

test('the console reaches neither the network nor DuckDB’s extension repository', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  await run("SELECT * FROM read_csv('https://example.com/a.csv')", 'error');
  await expect.poll(() => alert().textContent()).toContain('read_csv() reads files or the network');
  await run('LOAD httpfs', 'error');
  await expect.poll(() => alert().textContent()).toContain('read-only: LOAD');
  // to_json lives in the json extension, which DuckDB-WASM would otherwise fetch from extensions.duckdb.org.
  await run('SELECT to_json(42) AS j', 'error');
  await expect.poll(() => alert().textContent()).toContain('DuckDB could not run the query.');
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
});

test('a link opened straight into the console runs against the start-up data once it has loaded', async () => {
  const fresh = await openPage(baseUrl);
  try {
    const sql = 'SELECT count(*) AS n FROM raw_annual_absence';
    await fresh.page.goto(`${baseUrl}?view=sql&sql.q=${encodeURIComponent(sql)}`);
    await fresh.page.getByTestId('sql-from-link').waitFor({ timeout: 60_000 });
    await fresh.page.getByRole('button', { name: 'Run query' }).click();
    await fresh.page.waitForSelector('.sql-output[data-state="ready"]', { timeout: 60_000 });
    expect(await fresh.page.locator('.sql-output tbody td').allTextContents()).toEqual(['6720']);
    expect(fresh.consoleErrors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test('issue 13: a runaway recursive query is cancelled, the console says so, and a chart answers afterwards', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  const runaway =
    'WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 1000000000) SELECT count(*) AS n FROM t';
  await editor().fill(runaway);
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await open.page.waitForSelector('.sql-output[data-state="running"]', { timeout: 110_000 });
  const cancel = open.page.getByRole('button', { name: 'Cancel', exact: true });
  await expect.poll(() => cancel.isEnabled()).toBe(true);
  await cancel.click();
  await open.page.waitForSelector('.sql-output[data-state="stopped"]', { timeout: 30_000 });
  await expect
    .poll(() => output().getByRole('status').textContent())
    .toBe('Stopped. The query was cancelled. Nothing else was changed; edit it and run it again.');
  await expect.poll(() => cancel.isDisabled()).toBe(true);
  await open.page.screenshot({ path: path.resolve('.tmp/e2e-sql-cancelled.png') });

  // The console's connection takes the next query at once.
  await run(SEVERE_2324, 'ready');
  await expect.poll(() => output().locator('tbody td').allTextContents()).toEqual(['2.3']);

  await open.page.getByRole('link', { name: 'Trends' }).click();
  await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
  expect(open.consoleErrors).toEqual([]);
});

test('issue 23: a link whose -- comment ends at a carriage return drops nothing; the view and figures stay', async () => {
  const hidden = 'SELECT 42 AS answer --note\r; DROP VIEW observations';
  await open.page.goto(`${baseUrl}?view=sql&sql.q=${encodeURIComponent(hidden)}`);
  await open.page.getByTestId('sql-from-link').waitFor({ timeout: 60_000 });
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await expect
    .poll(() => output().evaluate((element) => [element.dataset.state, element.textContent]), {
      timeout: 60_000,
    })
    .toEqual(['error', expect.stringMatching(/Not run\./)]);

  await run(SEVERE_2324, 'ready');
  await expect.poll(() => output().locator('tbody td').allTextContents()).toEqual(['2.3']);
  await open.page.getByRole('link', { name: 'Trends' }).click();
  await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBeGreaterThan(0);
  expect(open.consoleErrors).toEqual([]);
});

/** Rows without end: every figure against every figure. */
const CROSS_JOIN = 'SELECT a.value * b.value AS v FROM observations a, observations b';

test('issue 23: after Cancel on a large cross join a chart not drawn before answers', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  await editor().fill(CROSS_JOIN);
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await open.page.waitForSelector('.sql-output[data-state="running"]', { timeout: 60_000 });
  const cancel = open.page.getByRole('button', { name: 'Cancel', exact: true });
  await expect.poll(() => cancel.isEnabled()).toBe(true);
  await cancel.click();
  await open.page.waitForSelector('.sql-output[data-state="stopped"]', { timeout: 30_000 });

  await open.page.getByRole('link', { name: 'Local authorities' }).click();
  // Far below the engine's five-minute watchdog: the chart answers because the engine is free, not restarted.
  await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
  expect(open.consoleErrors).toEqual([]);
});

test('issue 23: a file added while a console query runs loads while it runs', async () => {
  await open.page.goto(`${baseUrl}?view=sql`);
  await open.page.waitForSelector('li[data-dataset-id="annual_absence"]', {
    state: 'attached',
    timeout: 60_000,
  });
  const added = open.page.locator('li[data-dataset-id]', { hasText: 'utf8-bom' });
  await editor().fill(CROSS_JOIN);
  await open.page.getByRole('button', { name: 'Run query' }).click();
  await open.page.waitForSelector('.sql-output[data-state="running"]', { timeout: 60_000 });
  await open.page.getByLabel('Add data files').setInputFiles(path.resolve('test/fixtures/bad/utf8-bom.csv'));
  await added.waitFor({ state: 'attached', timeout: 60_000 });
  expect(await output().getAttribute('data-state')).toBe('running');
  await open.page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await open.page.waitForSelector('.sql-output[data-state="stopped"]', { timeout: 30_000 });
  expect(open.consoleErrors).toEqual([]);
});
