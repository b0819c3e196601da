import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, inject, test } from 'vitest';
import { normalisePhase, PHASE_COLUMNS } from '../../src/data/ees/phase';
import { periodOf } from '../../src/data/ees/time-periods';
import { labelFromColumn } from '../../src/data/ees/indicators';
import { parseMetaCsv } from '../../src/data/ees/meta-csv';
import { EES_VARIETY_DIR, eesVarietyText } from '../support/ees-variety-files';
import { openDataDrawer } from './support/browser';
import { pageForFile } from './support/page-for-file';
import { chartListed, redrawnAfter } from './support/chart-drawn';
import { showUrl } from './support/show-url';

/**
 * Issue 12 as a new user tries it: each genuine EES file of ../shared/data/ees-variety is added (its "download
 * all" zip, data and meta together), its Chart button pressed; the first chart has figures with the default
 * choices, one area of each level the file has can be chosen, and every cell of the Table is the file's value
 * (or a gap where the file has no number).
 */
const baseUrl = inject('baseUrl');
const zips = readdirSync(EES_VARIETY_DIR).filter((name) => name.endsWith('.zip'));
const open = pageForFile();

type FileRow = Record<string, string>;

interface TableCell {
  period: string;
  area: string;
  text: string;
  gap: boolean;
}

/** The code of a row's area as the app names it (London's parts by code, or by name under London's code). */
function areaCodeOf(row: FileRow): string {
  const level = (row.geographic_level ?? '').trim().toLowerCase();
  const cell = (name: string) => (row[name] ?? '').trim();
  if (level === 'national') return cell('country_code');
  if (level === 'regional') {
    const name = cell('region_name').toLowerCase();
    if (name === 'inner london') return 'E13000001';
    if (name === 'outer london') return 'E13000002';
    return cell('region_code');
  }
  if (level === 'local authority') return cell('new_la_code');
  if (level === 'school') return cell('school_urn') || cell('urn') || cell('laestab') || cell('estab');
  return '';
}

async function tableCells(): Promise<TableCell[]> {
  return open.page.locator('table.data-table tbody tr').evaluateAll((rows) =>
    rows.flatMap((tr) => {
      const period = tr.querySelector('th')?.childNodes[0]?.textContent?.trim() ?? '';
      return [...tr.querySelectorAll('td')].map((td) => ({
        period,
        area: td.getAttribute('data-area') ?? '',
        text: td.textContent?.trim() ?? '',
        gap: td.querySelector('.gap') !== null,
      }));
    }),
  );
}

/** The chart's choices as the controls show them: indicator, phase and each filter's value, by column. */
async function chosen(labels: Map<string, string>) {
  const controls = open.page.getByRole('group', { name: 'Chart choices' });
  const fields = await controls.locator('.field').evaluateAll((nodes) =>
    nodes.map((node) => ({
      label: node.querySelector('label')?.textContent ?? '',
      value: node.querySelector('select')?.value ?? '',
    })),
  );
  const filters: Record<string, string> = {};
  for (const field of fields) {
    const column = labels.get(field.label);
    if (column) filters[column] = field.value;
  }
  const value = (label: string) => fields.find((f) => f.label === label)?.value ?? '';
  return { indicator: value('Indicator'), phase: value('Phase'), filters };
}

/** Every cell of the Table against the file: the same number at the shown decimal places, or a gap for no number. */
async function expectTableMatchesFile(rows: FileRow[], labels: Map<string, string>, context: string) {
  const { indicator, phase, filters } = await chosen(labels);
  const phaseColumn = PHASE_COLUMNS.find((name) => name in (rows[0] ?? {}));
  const matching = rows.filter(
    (row) =>
      normalisePhase(phaseColumn ? row[phaseColumn] : '') === phase &&
      Object.entries(filters).every(([column, value]) => (row[column] ?? '').trim() === value),
  );
  const cells = await tableCells();
  expect(cells.length, context).toBeGreaterThan(0);
  for (const cell of cells) {
    const found = matching.filter(
      (row) =>
        areaCodeOf(row) === cell.area &&
        periodOf(row.time_period ?? '', row.time_identifier ?? '').label === cell.period,
    );
    const where = `${context}: ${cell.period}, ${cell.area}`;
    expect(found.length, where).toBeGreaterThan(0);
    const numbers = found.map((row) => {
      const text = (row[indicator] ?? '').trim();
      return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : null;
    });
    // level_2_3_sfla repeats rows under every filter value with other figures (England 2005/06, three times): the
    // Table shows a gap, never one of them, and the note under the chart lists them.
    if (new Set(numbers).size > 1) {
      expect(cell.gap, `${where}: repeated rows with different figures are a gap`).toBe(true);
      const note = open.page.getByTestId('repeated-rows');
      expect(await note.textContent(), where).toContain(`${cell.period}: ${found.length} rows`);
      continue;
    }
    if (cell.gap) {
      expect(numbers, where).toContain(null);
      continue;
    }
    const shown = Number(cell.text.replace(/[,%]/g, ''));
    const decimals = cell.text.split('.')[1]?.replace(/\D/g, '').length ?? 0;
    const close = numbers.some((n) => n !== null && Math.abs(shown - n) <= 0.5 * 10 ** -decimals + 1e-9);
    expect(close, `${where}: shown ${cell.text}, file ${numbers.join(' or ')}`).toBe(true);
  }
  return cells;
}

const ready = () => open.page.waitForSelector('[data-chart][data-state="ready"]');

/**
 * The first view with its default choices, as a fresh page opens it: loaded once, then reached by URL
 * (support/show-url.ts), so DuckDB and the default data load once for the file, with each added file beside them.
 */
async function startPage(): Promise<void> {
  if (open.page.url().startsWith('http')) await showUrl(open.page, '');
  else await open.page.goto(baseUrl);
  await ready();
}

/** Shows the chart's table and waits for it: a press is read by the page after Playwright's click returns. */
async function showTable() {
  const button = open.page.getByRole('button', { name: 'Table', exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await open.page.locator('table.data-table').waitFor();
}

/** The `geo` choice the page's address holds (the chart's area choice), or ''. */
const geoInUrl = () => new URL(open.page.url()).searchParams.get('geo') ?? '';

test.each(zips)(
  '%s: added, charted with figures; one area of each level; the Table is the file',
  async (zip) => {
    const { page } = open;
    const stem = zip.replace(/\.zip$/, '');
    const rows = Papa.parse<FileRow>(eesVarietyText(zip, `${stem}.csv`), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const meta = parseMetaCsv(eesVarietyText(zip, `${stem}.meta.csv`)).columns;
    // Filters the meta names carry its labels; others (characteristic_gender …) are labelled from their names.
    const labels = new Map([
      ...Object.keys(rows[0] ?? {}).map((column) => [labelFromColumn(column), column] as const),
      ...meta.filter((m) => m.type === 'Filter').map((m) => [m.label, m.column] as const),
    ]);

    await startPage();
    await openDataDrawer(page);
    await page.getByLabel('Add data files').setInputFiles(path.join(EES_VARIETY_DIR, zip));
    const item = page.locator('li[data-dataset-id]', { hasText: `${stem}.csv` });
    await item.waitFor({ timeout: 180_000 });
    // The chart of the file, not the one before it: until the choice is on the page, `ready` may see the old chart.
    await chartListed(item);
    await showTable();

    const first = await expectTableMatchesFile(rows, labels, `${stem}, first chart`);
    expect(
      first.some((cell) => !cell.gap),
      `${stem}: the first chart has figures`,
    ).toBe(true);

    const levels = new Set(rows.map((row) => (row.geographic_level ?? '').trim()));
    const areas = page.getByRole('group', { name: 'Chart choices' });
    for (const level of levels) {
      // The chart is read once the address holds the choice: the page draws from the address, so a ready chart
      // after that is the chosen area's, never the one before it.
      if (level === 'National') {
        await areas.getByLabel('Areas', { exact: true }).selectOption('level:National');
        await expect.poll(geoInUrl).toBe('level:National');
      } else {
        await areas.getByLabel('Level', { exact: true }).selectOption(level);
        await areas.getByRole('combobox', { name: 'Area', exact: true }).click();
        const options = areas.getByRole('listbox', { name: 'Area', exact: true }).getByRole('option');
        await expect
          .poll(() => options.count(), { message: `${stem}: ${level} areas to choose from` })
          .toBeGreaterThan(0);
        // An option reads "Name (code)", or the code alone where the file names the area by its code.
        const label = ((await options.first().textContent()) ?? '').trim();
        const picked = /\(([^()]+)\)$/.exec(label)?.[1] ?? label;
        await options.first().click();
        await expect.poll(() => geoInUrl().split(':').at(-1)).toBe(picked);
      }
      await ready();
      await showTable();
      const code = geoInUrl().split(':').at(-1) ?? '';
      const cells = await expectTableMatchesFile(rows, labels, `${stem}, ${level}`);
      expect(
        cells.some((cell) => cell.area === code || level === 'National'),
        `${stem}: the chosen ${level} area is in the table`,
      ).toBe(true);
    }
  },
);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA rules axe-core can check, on one part of the page: the ids of the rules it breaks. */
async function axeViolations(selector: string): Promise<string[]> {
  await open.page.evaluate(axeSource);
  return open.page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: string, options: object) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const result = await axe.run(within, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => v.id);
  }, selector);
}

/** Charts one ees-variety zip from the first view, adding it first unless a test above added it to this page. */
async function chartZip(zip: string) {
  const { page } = open;
  await startPage();
  await openDataDrawer(page);
  const item = page.locator('li[data-dataset-id]', { hasText: `${zip.replace(/\.zip$/, '')}.csv` });
  // The app refuses a file it already holds, so one added above is charted as it is.
  if ((await item.count()) === 0)
    await page.getByLabel('Add data files').setInputFiles(path.join(EES_VARIETY_DIR, zip));
  await item.waitFor({ timeout: 180_000 });
  await chartListed(item);
}

test('level_2_3_sfla: rows repeated under every Total are a gap and listed, never one of them drawn', async () => {
  const { page } = open;
  await chartZip('level_2_3_sfla.zip');
  // The chart starts where the file's rows do not repeat, and says why.
  await expect
    .poll(() => page.getByTestId('passed-over').textContent())
    .toContain('This file repeats its rows under');
  const controls = page.getByRole('group', { name: 'Chart choices' });
  await redrawnAfter(page, () =>
    controls.getByLabel('Characteristic', { exact: true }).selectOption('Total'),
  );
  await showTable();
  await expect.poll(() => page.getByTestId('repeated-rows').textContent()).toContain('2005/06: 3 rows');
  const cells = await tableCells();
  const england = cells.find((cell) => cell.period === '2005/06' && cell.area === 'E92000001');
  expect(england?.gap).toBe(true);
  expect(await axeViolations('[data-testid="repeated-rows"]')).toEqual([]);
});

test('absence_in_prus: London found by typing, chosen by keyboard, drawn as its parts; its boroughs listed', async () => {
  const { page } = open;
  await chartZip('absence_in_prus.zip');
  const controls = page.getByRole('group', { name: 'Chart choices' });
  await controls.getByLabel('Level', { exact: true }).selectOption('Regional');
  const box = controls.getByRole('combobox', { name: 'Area', exact: true });
  await box.fill('lond');
  const options = controls.getByRole('listbox', { name: 'Area', exact: true }).getByRole('option');
  await expect
    .poll(() => options.allTextContents())
    .toEqual(['London (E12000007)', 'Inner London (E13000001)', 'Outer London (E13000002)']);
  // Each key is waited for by what it does (the active option, the chosen area), never read at once.
  await box.press('ArrowDown');
  const firstOption = await options.first().getAttribute('id');
  await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(firstOption);
  expect(await axeViolations('.area-picker')).toEqual([]);
  await redrawnAfter(page, () => box.press('Enter'));
  await expect.poll(geoInUrl).toBe('area:Regional:E12000007');
  expect(await page.locator('.chart-legend').textContent()).toMatch(/England.*Inner London.*Outer London/);
  await redrawnAfter(page, () => controls.getByLabel('Areas', { exact: true }).selectOption('la:E12000007'));
  expect(await page.locator('.chart-legend').textContent()).toContain('Tower Hamlets');
});
