import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { pageForFile } from './support/page-for-file';
import { showTable } from './support/chart-table';
import { showUrl } from './support/show-url';

const baseUrl = inject('baseUrl');
const open = pageForFile();

const mapQuery = (extra = '') => `?view=local-authorities&la.chart=map${extra}`;
const mapReady = () => open.page.waitForSelector('[data-chart][data-state="ready"] svg[data-chart-surface]');
/** The ranking table follows the map a moment later (a background render): read it once it has caught up. */
const rankingReady = () => open.page.waitForSelector('[data-ranking-state="ready"] table.la-ranking');
/** Areas that are keyboard stops: each authority once (London's and Scilly's in their boxes). */
const areaStops = () => open.page.locator('svg[data-chart-surface] path[data-area][tabindex="0"]');

async function drawnAreas(): Promise<{ code: string; value: string; fill: string; label: string }[]> {
  return areaStops().evaluateAll((paths) =>
    paths.map((p) => ({
      code: p.getAttribute('data-area') ?? '',
      value: p.getAttribute('data-value') ?? '',
      fill: p.getAttribute('fill') ?? '',
      label: p.getAttribute('aria-label') ?? '',
    })),
  );
}

test('the map of severe absence 2024/25 draws 153 areas whose values equal the ranking table’s', async () => {
  await open.page.goto(new URL(mapQuery(), baseUrl).toString());
  await mapReady();
  await expect.poll(() => areaStops().count()).toBe(153);
  const areas = await drawnAreas();
  expect(new Set(areas.map((a) => a.code)).size).toBe(153);
  await rankingReady();
  const table = await open.page
    .locator('table.la-ranking tbody tr')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          [
            r.getAttribute('data-la') ?? '',
            r.querySelector('td[data-column="latest"]')?.textContent ?? '',
          ] as const,
      ),
    );
  const latest = new Map(table);
  for (const area of areas)
    expect(`${Number(area.value).toFixed(2)}%`, area.code).toBe(latest.get(area.code));
  // data/annual_absence.csv line 6286: Sheffield 2024/25 3.67, the highest: rank 1, in the darkest class.
  const sheffield = areas.find((a) => a.code === 'E08000019');
  expect(sheffield?.label).toContain('Sheffield: 3.67%, rank 1 of 153 (quartile 1), +0.31 pp on 2023/24');
  await expect.poll(() => open.page.locator('.map-legend').textContent()).toContain('3.67%');
  // Quartile bands on the ranking: Sheffield is in the highest quarter, whose upper bound is its 3.67%.
  expect(await open.page.locator('tr[data-la="E08000019"] td[data-column="quartile"]').textContent()).toBe(
    '1',
  );
  expect(await open.page.locator('.la-quartiles').textContent()).toMatch(
    /quartile 1 \(highest\): \d\.\d\d% to 3\.67% \(\d+\)/,
  );
  await open.page.locator('figure[data-chart]').screenshot({ path: path.resolve('.tmp/e2e-map-2024.png') });

  const [svg] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('Office for National Statistics, Open Government Licence v3.0');
  expect(svgText).toContain('data-area="E08000019"');
  expect(open.consoleErrors).toEqual([]);
});

test('a map of 2018/19 draws that year’s authorities', async () => {
  await showUrl(open.page, mapQuery('&la.latest=2018/19'));
  await mapReady();
  await expect.poll(() => areaStops().count()).toBe(152);
  const codes = new Set((await drawnAreas()).map((a) => a.code));
  for (const code of ['E10000021', 'E06000028', 'E06000029', 'E10000009', 'E10000006', 'E06000065'])
    expect(codes.has(code), code).toBe(true);
  for (const code of ['E06000058', 'E06000061', 'E06000063', 'E10000023'])
    expect(codes.has(code), code).toBe(false);
  // Line 2226 (201819, Northamptonshire, old code 928, no new code): 0.85, joined through DfE's old code.
  const northamptonshire = (await drawnAreas()).find((a) => a.code === 'E10000021');
  expect(northamptonshire?.value).toBe('0.85');
  await open.page.locator('figure[data-chart]').screenshot({ path: path.resolve('.tmp/e2e-map-2018.png') });
});

test('the keyboard reaches an area and its figures, and Enter drills in', async () => {
  // The map of 2018/19 (152 areas, BCP's E06000058 not yet among them) stays drawn until this one is: Tab must reach
  // this one's areas. Waited on this map's own areas, not on a redraw: whichever test ran before, this map is the one.
  await showUrl(open.page, mapQuery());
  await mapReady();
  await expect.poll(async () => (await drawnAreas()).some((area) => area.code === 'E06000058')).toBe(true);
  await expect.poll(() => areaStops().count()).toBe(153);
  await open.page.getByLabel('Map classes').focus();
  await open.page.keyboard.press('Tab');
  const focused = () => open.page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? null);
  await expect.poll(focused).not.toBeNull();
  const first = await open.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const name = first.split(':')[0] ?? '';
  await expect.poll(() => open.page.locator('.choropleth-detail').textContent()).toContain(name);
  expect(first).toMatch(/\d\.\d\d%, rank \d+ of 153/);
  await open.page.keyboard.press('Tab');
  await expect.poll(focused).not.toBe(null);
  const code = await focused();
  await open.page.keyboard.press('Enter');
  await expect.poll(() => new URL(open.page.url()).searchParams.get('geo')).toBe(`drill:${code}`);
});

test('a suppressed area is hatched, with its reason on hover', async () => {
  await showUrl(
    open.page,
    mapQuery('&la.ds=attendance_ytd&la.ind=pa_perc&la.latest=2025/26&la.phase=Total&la.baseline=none'),
  );
  await mapReady();
  // data/attendance_ytd.csv: 202526 Total pa_perc is "c" for City of London (E09000001) and the Isles of Scilly.
  const city = areaStops().and(open.page.locator('[data-area="E09000001"]'));
  await expect.poll(() => city.getAttribute('fill')).toMatch(/^url\(#map-hatch/);
  expect(await city.getAttribute('aria-label')).toContain('suppressed to protect confidentiality');
  await city.hover();
  await expect.poll(() => open.page.locator('.choropleth-detail').textContent()).toContain('City of London');
  expect(await open.page.locator('.choropleth-detail').textContent()).toContain('suppressed');
  await open.page
    .locator('figure[data-chart]')
    .screenshot({ path: path.resolve('.tmp/e2e-map-suppressed.png') });
  expect(open.consoleErrors).toEqual([]);
});

test('the region level of the default data maps the regions; selecting one maps its authorities', async () => {
  await showUrl(open.page, mapQuery('&la.level=region'));
  await mapReady();
  await expect.poll(() => areaStops().count()).toBe(9);
  await open.page.locator('[data-area="E12000003"][tabindex="0"]').focus();
  await expect
    .poll(() => open.page.locator('.choropleth-detail').textContent())
    .toContain('Yorkshire and The Humber: 2.86%, rank 1 of 9');
  await open.page.keyboard.press('Enter');
  await expect.poll(() => new URL(open.page.url()).searchParams.get('la.region')).toBe('E12000003');
  expect(new URL(open.page.url()).searchParams.get('la.level')).toBeNull();
  await mapReady();
  // Yorkshire and The Humber's fifteen authorities, Sheffield among them.
  await expect.poll(() => areaStops().count()).toBe(15);
  expect((await drawnAreas()).some((a) => a.code === 'E08000019')).toBe(true);
});

// Last in the file: it adds a file to the shared page, which no test after it would expect.
/**
 * A region file: the National and Regional rows of data/annual_absence.csv, with London's 2024/25 Total figures
 * replaced by "c" (suppressed) so the region map has a hatched area.
 */
function regionFile(): Buffer {
  const [header = '', ...lines] = readFileSync(path.resolve('data/annual_absence.csv'), 'utf8')
    .trim()
    .split('\n');
  const kept = lines
    .filter((line) => /^\d{6},Academic year,(National|Regional),/.test(line))
    .map((line) =>
      line.startsWith('202425,Academic year,Regional,E92000001,England,E12000007,London,') &&
      line.includes(',Total,')
        ? line.replace(/,Total,.*$/, ',Total,c,c,c,c,c')
        : line,
    );
  return Buffer.from(`${[header, ...kept].join('\n')}\n`);
}

test('a region file’s map shades the nine regions, with hatching, keyboard, table and exports', async () => {
  await showUrl(open.page, mapQuery());
  await mapReady();
  await open.page
    .getByLabel('Add data files')
    .setInputFiles({ name: 'regions_only.csv', mimeType: 'text/csv', buffer: regionFile() });
  const dataset = open.page.getByLabel('Dataset', { exact: true });
  const option = dataset.locator('option', { hasText: /regions_only/i });
  await expect.poll(() => option.count()).toBe(1);
  await dataset.selectOption((await option.getAttribute('value')) ?? '');
  await expect.poll(() => open.page.getByLabel('Geographic level').inputValue()).toBe('Regional');
  await mapReady();
  await expect.poll(() => areaStops().count()).toBe(9);
  const areas = await drawnAreas();
  // Lines 6062 and 5390: Yorkshire and The Humber 2.86 in 2024/25, 2.73 in 2023/24; the highest of the nine.
  expect(areas.find((a) => a.code === 'E12000003')?.label).toContain(
    'Yorkshire and The Humber: 2.86%, rank 1 of 8 (quartile 1), +0.13 pp on 2023/24',
  );
  const london = areas.find((a) => a.code === 'E12000007');
  expect(london?.fill).toMatch(/^url\(#map-hatch/);
  expect(london?.label).toContain('suppressed to protect confidentiality');
  await rankingReady();
  const table = await open.page
    .locator('table.la-ranking tbody tr')
    .evaluateAll((rows) =>
      rows.map(
        (r) =>
          [
            r.getAttribute('data-la') ?? '',
            r.querySelector('td[data-column="latest"]')?.textContent ?? '',
          ] as const,
      ),
    );
  const latest = new Map(table);
  for (const area of areas.filter((a) => a.value !== ''))
    expect(`${Number(area.value).toFixed(2)}%`, area.code).toBe(latest.get(area.code));
  await showTable(open.page);
  await expect.poll(() => open.page.locator('table.map-table tbody tr').count()).toBe(9);
  await open.page
    .locator('figure[data-chart]')
    .screenshot({ path: path.resolve('.tmp/e2e-map-regions.png') });

  const [png] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(
    readFileSync(await png.path())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  const [svg] = await Promise.all([
    open.page.waitForEvent('download'),
    open.page.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(readFileSync(await svg.path(), 'utf8')).toContain('Office for National Statistics');

  await open.page.getByLabel('Map classes').focus();
  await open.page.keyboard.press('Tab');
  await expect
    .poll(() => open.page.evaluate(() => document.activeElement?.getAttribute('data-area') ?? null))
    .toMatch(/^E1200000\d$/);
  await open.page.keyboard.press('Enter');
  // A file of regions only: selecting a region opens England and the regions in Trends.
  await expect.poll(() => new URL(open.page.url()).searchParams.get('geo')).toBe('england-regions');
  expect(open.consoleErrors).toEqual([]);
}); // a file loaded and two downloads: longer than one page's default limit
