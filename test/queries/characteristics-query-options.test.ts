import { beforeAll, describe, expect, test } from 'vitest';
import { readChoices, toRequest } from '../../src/app/characteristics/characteristics-choices';
import { characteristicsQueryOptions } from '../../src/queries/characteristics-query-options';
import type { CharacteristicsRequest } from '../../src/data/sql/characteristics-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../support/default-datasets';

let loaded: DefaultDatasets;
let request: CharacteristicsRequest;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['severe_absence_characteristics']);
  const made = toRequest(readChoices({ 'ch.year': '2022/23' }, loaded.datasets));
  if (!made) throw new Error('no characteristics request for the default file');
  request = made;
});

describe('characteristics query options', () => {
  test('run the request on the engine: all pupils and each FSM group, with the statement shown', async () => {
    const answer = await freshClient().fetchQuery(characteristicsQueryOptions(request, 1, loaded.engine));
    expect(answer.rows.map((row) => (row.is_total ? 'all' : row.group_value))).toEqual([
      'all',
      'Eligible',
      'Not Eligible',
      'Unclassified',
    ]);
    const [all, ...groups] = answer.rows;
    expect(all?.enrolments).toBe(groups.reduce((sum, row) => sum + (row.enrolments ?? 0), 0));
    expect(all?.value).toBeCloseTo((100 * (all?.severe_absentees ?? 0)) / (all?.enrolments ?? 1), 10);
    expect(answer.query?.sql).toContain(request.view);
  });

  test('nothing runs without a request', async () => {
    const options = characteristicsQueryOptions(null, 1, loaded.engine);
    expect(options.enabled).toBe(false);
    expect(await freshClient().fetchQuery(options)).toEqual({ rows: [], query: null });
  });

  test('a new load of the dataset is a new key', () => {
    const first = characteristicsQueryOptions(request, 1, loaded.engine);
    expect(first.queryKey).not.toEqual(characteristicsQueryOptions(request, 2, loaded.engine).queryKey);
    expect(first.queryKey).toEqual(characteristicsQueryOptions({ ...request }, 1, loaded.engine).queryKey);
  });
});
