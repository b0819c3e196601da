import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { filterCombinationsQueryOptions } from '../../src/queries/filter-combinations-query-options';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../support/default-datasets';
import { dataFile } from '../support/dfe-files';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['severe_absence_characteristics']);
});

const COLUMNS = ['fsm_eligible', 'sen_status', 'sex', 'nc_year'];
const fileRows = Papa.parse<Record<string, string>>(
  new TextDecoder().decode(dataFile('severe_absence_characteristics.csv')),
  { header: true, skipEmptyLines: true },
).data;

/** The distinct combinations the file itself has, read with a CSV parser rather than SQL. */
const inFile = (keep: (row: Record<string, string>) => boolean) =>
  new Set(fileRows.filter(keep).map((row) => COLUMNS.map((c) => row[c] ?? '').join('|')));
const asKeys = (combinations: readonly Record<string, string>[]) =>
  new Set(combinations.map((c) => COLUMNS.map((column) => c[column] ?? '').join('|')));

describe('filter combinations query options', () => {
  test('the combinations of one phase are exactly those the file has, none repeating rows', async () => {
    const view = loaded.datasets[0]?.view ?? null;
    const answer = await freshClient().fetchQuery(
      filterCombinationsQueryOptions(view, COLUMNS, 'Special', 1, null, loaded.engine),
    );
    expect(asKeys(answer.combinations)).toEqual(inFile((row) => row.education_phase === 'Special'));
    expect(answer.repeated.size).toBe(0);
  });

  test('an area narrows them to the combinations it has rows for', async () => {
    const view = loaded.datasets[0]?.view ?? null;
    const area = { level: 'Regional', code: 'E13000001' };
    const answer = await freshClient().fetchQuery(
      filterCombinationsQueryOptions(view, COLUMNS, 'Special', 1, area, loaded.engine),
    );
    expect(asKeys(answer.combinations)).toEqual(
      inFile((row) => row.education_phase === 'Special' && row.region_code === 'E13000001'),
    );
  });

  test('a dataset’s own answer (a hosted set carries it) stands in for the query when no area is asked', async () => {
    const view = loaded.datasets[0]?.view ?? null;
    const row = { f0: 'Yes', f1: 'None', f2: 'Girls', f3: 'Total', lens_repeats: true };
    const known = { Special: [row] };
    const answer = await freshClient().fetchQuery(
      filterCombinationsQueryOptions(view, COLUMNS, 'Special', 1, null, loaded.engine, known),
    );
    expect(answer.combinations).toEqual([
      { fsm_eligible: 'Yes', sen_status: 'None', sex: 'Girls', nc_year: 'Total' },
    ]);
    expect(answer.repeated.size).toBe(1);
    // An area, or a phase the dataset has no answer for, is still asked of the engine.
    const area = { level: 'Regional', code: 'E13000001' };
    const forArea = await freshClient().fetchQuery(
      filterCombinationsQueryOptions(view, COLUMNS, 'Special', 1, area, loaded.engine, known),
    );
    expect(asKeys(forArea.combinations)).toEqual(
      inFile((row) => row.education_phase === 'Special' && row.region_code === 'E13000001'),
    );
    const otherPhase = await freshClient().fetchQuery(
      filterCombinationsQueryOptions(view, COLUMNS, 'Primary', 1, null, loaded.engine, known),
    );
    expect(asKeys(otherPhase.combinations)).toEqual(inFile((row) => row.education_phase === 'Primary'));
  });

  test('nothing runs without a view or without filter columns', async () => {
    for (const options of [
      filterCombinationsQueryOptions(null, COLUMNS, null, 1, null, loaded.engine),
      filterCombinationsQueryOptions('ds_x', [], null, 1, null, loaded.engine),
    ]) {
      expect(options.enabled).toBe(false);
      expect(await freshClient().fetchQuery(options)).toEqual({ combinations: [], repeated: new Set() });
    }
  });
});
