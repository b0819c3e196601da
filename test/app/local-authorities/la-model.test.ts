import { beforeAll, describe, expect, test } from 'vitest';
import {
  readLaChoices,
  toRankingRequest,
  type LaChoices,
} from '../../../src/app/local-authorities/la-choices';
import {
  laTitle,
  laWaitingText,
  noBaselineHint,
  periodFlagsOf,
  rankedSummary,
  tableLabels,
} from '../../../src/app/local-authorities/la-model';
import { applyChange } from '../../../src/app/url-state';
import {
  localAuthoritiesUrl,
  NO_BASELINE,
  type LocalAuthoritiesUrl,
} from '../../../src/app/url/local-authorities-url';
import type { RankingRow } from '../../../src/data/sql/ranking-query';
import { rankingQueryOptions } from '../../../src/queries/ranking-query-options';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
});

const choicesOf = (url: Partial<LocalAuthoritiesUrl>) =>
  readLaChoices(applyChange({}, localAuthoritiesUrl.write(url)), loaded.datasets);
const rankedBy = async (choices: LaChoices) =>
  (
    await freshClient().fetchQuery(
      rankingQueryOptions(toRankingRequest(choices), 1, undefined, loaded.engine),
    )
  ).rows;

describe('on the real annual file', () => {
  test('the ranking of authorities in the latest year: title, summary and table words', async () => {
    const choices = choicesOf({});
    const rows = await rankedBy(choices);
    const first = rows[0];
    if (!first) throw new Error('no ranking rows');
    expect(laTitle(choices, first)).toBe(
      'Severe absence rate (missing 50% or more of sessions): local authorities, 2024/25',
    );
    expect(rankedSummary(first, rows.length, choices.level, '%')).toMatch(
      /^\d+ of \d+ local authorities have a 2024\/25 figure; rank 1 is the highest\. Changes are in percentage points\.$/,
    );
    expect(tableLabels(first, choices.grain)).toEqual({
      latest: '2024/25',
      previous: 'Change on previous year',
      previousNote: 'since 2023/24',
      baselineNote: 'since 2018/19',
    });
    expect(noBaselineHint(choices, { baseline: undefined })).toBeNull();
  });

  test('City of London’s secondary figure is unranked and empty, never a zero at the bottom', async () => {
    const choices = choicesOf({ phase: 'Secondary', region: 'E12000007' });
    const rows = await rankedBy(choices);
    expect(laTitle(choices, rows[0])).toBe(
      'Severe absence rate (missing 50% or more of sessions), secondary: local authorities in London, 2024/25',
    );
    const city = rows.find((row) => row.la_code === 'E09000001');
    expect(city).toMatchObject({ latest_value: null, rank: null });
    expect(rows.filter((row) => row.rank !== null).every((row) => (row.latest_value ?? 0) > 0)).toBe(true);
  });
});

test('the periods a table compares carry their pandemic flags, others none', () => {
  const first = {
    latest_period: '2024/25',
    previous_period: '2020/21',
    baseline_period: '2018/19',
  } as RankingRow;
  const starts = new Map([
    ['2024/25', '2024-09-01'],
    ['2020/21', '2020-09-01'],
    ['2018/19', '2018-09-01'],
  ]);
  const flags = periodFlagsOf(first, starts);
  expect(flags).toHaveLength(1);
  expect(periodFlagsOf(undefined, starts)).toEqual([]);
});

test('a file without 2018/19 says so, unless the URL turned the baseline off', () => {
  const choices = { dataset: loaded.datasets[0], baseline: '' };
  expect(noBaselineHint(choices, { baseline: undefined })).toMatch(/^This dataset has no 2018\/19/);
  expect(noBaselineHint(choices, { baseline: NO_BASELINE })).toBeNull();
  expect(noBaselineHint({ dataset: undefined, baseline: '' }, { baseline: undefined })).toBeNull();
});

test.each([
  [{ waitingFor: 'Attendance' }, 'Loading Attendance…'],
  [{}, 'Loading the default data…'],
  [{ asked: true, fetching: true }, 'Ranking…'],
  [
    { asked: true, level: 'Regional' },
    'No region has a figure for these choices (phase “Special”). Some files publish regions only by phase: try another phase.',
  ],
  [{ asked: true }, expect.stringMatching(/^No local authority has a figure for these choices/)],
])('waiting: case %#', (input, text) => {
  const request = 'asked' in input ? toRankingRequest(choicesOf({})) : null;
  expect(
    laWaitingText({
      waitingFor: 'waitingFor' in input ? input.waitingFor : null,
      request,
      fetching: 'fetching' in input,
      level: 'level' in input ? input.level : 'Local authority',
      phase: 'Special',
    }),
  ).toEqual(text);
});
