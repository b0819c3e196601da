import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { openDataDrawer } from './support/browser';
import { pageForFile } from './support/page-for-file';

/*
 * Issue 23, points 6 and 7 as a user sees them: a providers-only file starts on its ten highest providers with a
 * note saying why, and a table tool download charts like a data file. Both files are generated here.
 */
const baseUrl = inject('baseUrl');
const open = pageForFile({ viewport: { width: 1280, height: 1000 } });

const page = () => open.page;
/** The lines the legend names (each button also says, to screen readers, whether its line is shown). */
const legendNames = async () =>
  (await page().locator('figure[data-chart] .chart-legend li').allTextContents()).map((text) =>
    text.replace(/\s*\((shown|hidden)\)\s*$/, '').trim(),
  );
const ready = () => page().waitForSelector('[data-chart][data-state="ready"]');

const PROVIDERS = 40;
/** A figure per provider and year; provider i's latest figure is i + 0.5, so the ten highest are 30 … 39. */
function providersFile(): string {
  const lines = [
    'time_period,time_identifier,geographic_level,provider_ukprn,provider_name,achievement_rate',
  ];
  for (const [y, year] of ['202223', '202324'].entries())
    for (let i = 0; i < PROVIDERS; i++)
      lines.push(
        `${year},Academic year,Provider,${10000000 + i},${i === 0 ? 'Aardvark College' : `Provider ${i}`},${y === 1 ? i + 0.5 : 50 - i}`,
      );
  return `${lines.join('\n')}\n`;
}

const TABLE_TOOL = [
  '\uFEFFtime_period,time_frame,geographic_level,location,location_code,filter,absence_rate',
  '2022/23,Academic year,Country,England,E92000001,Total,7.4',
  '2023/24,Academic year,Country,England,E92000001,Total,7.1',
  '2022/23,Academic year,Region,North East,E12000001,Total,7.9',
  '2023/24,Academic year,Region,North East,E12000001,Total,7.6',
  '2022/23,Academic year,LocalAuthority,Bexley,E09000004,Total,6.9',
  '2023/24,Academic year,LocalAuthority,Bexley,E09000004,Total,6.6',
].join('\r\n');

async function addAndChart(name: string, text: string): Promise<void> {
  await openDataDrawer(page());
  await page()
    .getByLabel('Add data files')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const item = page().locator('li[data-dataset-id]', { hasText: name });
  await item.waitFor({ timeout: 180_000 });
  await item.getByRole('button', { name: /^Chart/ }).click();
  // The file's chart, not the one drawn before the press: the choice is on the page first.
  const id = await item.getAttribute('data-dataset-id');
  await expect.poll(() => page().getByLabel('Dataset').inputValue()).toBe(id);
  await ready();
}

test('a providers-only file starts on its ten highest providers and says why', async () => {
  await page().goto(baseUrl);
  await ready();
  await addAndChart('providers-only.csv', providersFile());
  const note = page().getByTestId('largest-areas');
  await note.waitFor();
  expect(await note.textContent()).toContain(
    'This file has no figures for England or its regions, so the chart starts with the 10 areas (of 40 at Provider level) with the highest “Achievement rate” in 2023/24.',
  );
  await expect
    .poll(async () => (await legendNames()).sort())
    .toEqual(Array.from({ length: 10 }, (_, i) => `Provider ${30 + i}`).sort());
  await page().screenshot({ path: path.resolve('.tmp/e2e-providers-only.png'), fullPage: true });
});

test('a table tool download charts England and the regions like a data file', async () => {
  await addAndChart('table-tool-download.csv', TABLE_TOOL);
  await expect.poll(legendNames).toEqual(['England', 'North East']);
  await page().getByRole('button', { name: 'Table', exact: true }).click();
  await page().locator('table.data-table').waitFor();
  const cells = await page().locator('table.data-table tbody td').allTextContents();
  expect(cells.map((c) => c.trim())).toEqual(expect.arrayContaining(['7.4%', '7.1%', '7.9%', '7.6%']));
  expect(open.consoleErrors).toEqual([]);
});
