import { beforeAll, describe, expect, test } from 'vitest';
import {
  readChoices,
  toRequest,
  type CharacteristicsChoices,
} from '../../../src/app/characteristics/characteristics-choices';
import {
  characteristicsBody,
  characteristicsCsv,
  characteristicsTitle,
  drawnGroups,
  groupBars,
  groupLegend,
  unclassifiedNoted,
  type CharacteristicsBodyInput,
} from '../../../src/app/characteristics/characteristics-model';
import { ALL_PUPILS } from '../../../src/app/characteristics/group-series';
import type { CharacteristicsRow } from '../../../src/data/sql/characteristics-query';
import { characteristicsQueryOptions } from '../../../src/queries/characteristics-query-options';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
const choicesOf = (params: Record<string, string>) => readChoices(params, loaded.datasets);
const rowsOf = async (choices: CharacteristicsChoices) =>
  (await freshClient().fetchQuery(characteristicsQueryOptions(toRequest(choices), 1, loaded.engine))).rows;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['severe_absence_characteristics']);
});

const row = (group: string | null, value: number | null, flag: string | null = null): CharacteristicsRow => ({
  period: '2022/23',
  period_start: '2022-09-01',
  period_end: '2023-08-31',
  period_mid: Date.parse('2023-03-01T00:00:00Z'),
  is_total: group === null,
  group_value: group,
  severe_absentees: value === null ? null : 12,
  enrolments: value === null ? null : 1000,
  value,
  flag,
});

describe('one period, on the real band file', () => {
  test('the title names the characteristic, area, phase and period', () => {
    expect(characteristicsTitle(choicesOf({ 'ch.year': '2022/23' }))).toBe(
      'Severe absence by free school meal eligibility: England, all phases, 2022/23',
    );
  });

  test('bars for all pupils and each group, from the engine’s rows, with all pupils drawn with emphasis', async () => {
    const choices = choicesOf({ 'ch.year': '2022/23' });
    const rows = await rowsOf(choices);
    const { lines } = drawnGroups(rows, choices);
    const bars = groupBars(lines, rows);
    expect(bars.map((bar) => bar.name)).toEqual([
      'All pupils',
      'FSM eligible',
      'Not FSM eligible',
      'Unclassified',
    ]);
    expect(bars.every((bar) => bar.value !== null && bar.value > 0)).toBe(true);
    expect(groupLegend(lines)[0]).toMatchObject({ name: 'All pupils', colour: '#0b0c0c' });
    expect(characteristicsBody(bodyInput({ rows: rows.length, choices }))).toEqual({ kind: 'bars' });
    expect(unclassifiedNoted(lines, choices.period)).toBe(false);
  });

  test('over time: one line per group, and 2019/20 a gap with DfE’s reason, not a zero', async () => {
    const choices = choicesOf({});
    const rows = await rowsOf(choices);
    const { lines, model, explainGap } = drawnGroups(rows, choices);
    expect(lines[0]?.key).toBe(ALL_PUPILS);
    expect(unclassifiedNoted(lines, choices.period)).toBe(true);
    const covid = model.periods.find((period) => period.label === '2019/20');
    if (!covid) throw new Error('no 2019/20 period');
    expect(covid.values[ALL_PUPILS]).toBeNull();
    expect(explainGap(covid, ALL_PUPILS)).toMatch(/^No annual figures for 2019\/20/);
  });
});

test('a suppressed group is a bar with a gap and the reason, and an empty cell in the CSV', () => {
  const choices = choicesOf({ 'ch.year': '2022/23' });
  const rows = [row(null, 1.2), row('Eligible', null, 'c')];
  const { lines } = drawnGroups(rows, choices);
  expect(groupBars(lines, rows)[1]).toEqual({
    key: 'group:Eligible',
    name: 'FSM eligible',
    value: null,
    gap: '“c”: suppressed to protect confidentiality (small numbers)',
  });
  expect(characteristicsCsv(rows, choices).map((r) => [r.group, r.severe_absence_percent, r.flag])).toEqual([
    ['All pupils', 1.2, null],
    ['Eligible', null, 'c'],
  ]);
});

const bodyInput = (change: Partial<CharacteristicsBodyInput>): CharacteristicsBodyInput => ({
  error: null,
  loadProblem: null,
  rows: 0,
  choices: { dataset: loaded.datasets[0], bands: null, column: 'fsm_eligible', period: '' },
  waitingFor: undefined,
  fetching: false,
  ...change,
});

test.each([
  [{ error: new Error('boom') }, { kind: 'failed', message: 'The chart’s query failed: boom' }],
  [{ loadProblem: 'The file is not a CSV' }, { kind: 'failed', message: 'The file is not a CSV' }],
  [{ rows: 4 }, { kind: 'lines' }],
  [{ waitingFor: { title: 'Bands' } }, { kind: 'message', text: 'Loading Bands…' }],
  [
    { choices: { dataset: undefined, bands: null, column: null, period: '' } },
    { kind: 'message', text: 'This dataset is not loaded.' },
  ],
  [{}, { kind: 'message', text: 'This dataset has no absence-band counts by pupil characteristic.' }],
] as const)('what the chart’s place shows: case %#', (change, body) => {
  expect(characteristicsBody(bodyInput(change))).toEqual(body);
});

test('a request with figures being drawn, or none found', () => {
  const choices = choicesOf({});
  expect(characteristicsBody(bodyInput({ choices, fetching: true }))).toEqual({
    kind: 'message',
    text: 'Drawing…',
  });
  expect(characteristicsBody(bodyInput({ choices }))).toEqual({
    kind: 'message',
    text: 'No figures for these choices.',
  });
});
