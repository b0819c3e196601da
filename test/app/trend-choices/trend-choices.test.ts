import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { datasetChoices, readChoices, toSeriesRequest } from '../../../src/app/trend-choices/trend-choices';
import { ANNUAL_ABSENCE_NAMES } from '../../support/annual-absence-names';

const annual: Dataset = {
  ...ANNUAL_ABSENCE_NAMES,
  rows: 10,
  bytes: 100,
  columns: [],
  indicators: [
    {
      column: 'sess_overall_percent',
      label: 'Overall absence rate',
      unit: '%',
      decimals: 2,
      concept: 'overall',
    },
    {
      column: 'enrolments_pa_50_exact_percent',
      label: 'Severe absence rate',
      unit: '%',
      decimals: 2,
      concept: 'severe',
    },
  ],
  filters: [{ column: 'sex', label: 'sex', values: ['', 'Boys', 'Girls', 'Total'], truncated: false }],
  phases: ['Primary', 'Secondary', 'Total'],
  grains: ['Academic year'],
  levels: ['Local authority', 'National', 'Regional'],
  periods: [
    { label: '2018/19', grain: 'Academic year', start: '2018-09-01', end: '2019-08-31' },
    { label: '2023/24', grain: 'Academic year', start: '2023-09-01', end: '2024-08-31' },
  ],
  areas: [{ level: 'Local authority', code: 'E08000012', name: 'Liverpool', regionCode: 'E12000002' }],
  firstPeriod: '2018/19',
  lastPeriod: '2023/24',
  unknownPeriods: [],
  loadMs: 1,
  revision: 1,
  live: true,
};

const all = datasetChoices([annual], []);

describe('choices read from the URL', () => {
  test('defaults: severe absence, Total, England and the regions, Total of every filter', () => {
    const choices = readChoices({}, [annual], all);
    expect(choices.indicator?.column).toBe('enrolments_pa_50_exact_percent');
    expect(toSeriesRequest(choices)).toMatchObject({
      view: 'ds_annual_absence',
      levels: ['National', 'Regional'],
      phase: 'Total',
      filters: { sex: 'Total' },
      from: null,
      to: null,
    });
  });

  test('a drill-in shows the authority, its region and England', () => {
    const request = toSeriesRequest(readChoices({ geo: 'drill:E08000012' }, [annual], all));
    expect(request).toMatchObject({
      levels: ['National', 'Regional', 'Local authority'],
      areaCodes: ['E92000001', 'E12000002', 'E08000012'],
    });
  });

  test('values that are not on offer fall back instead of reaching SQL', () => {
    const choices = readChoices(
      { ind: 'nope', phase: "Total' OR 1=1", geo: 'la:E99', from: '1900-01-01', 'f.sex': 'x' },
      [annual],
      all,
    );
    expect(toSeriesRequest(choices)).toMatchObject({
      indicator: 'enrolments_pa_50_exact_percent',
      phase: 'Total',
      levels: ['National', 'Regional'],
      from: null,
      filters: { sex: 'Total' },
    });
  });

  test('a concept carried over from another grain picks the matching measure', () => {
    expect(readChoices({ concept: 'overall' }, [annual], all).indicator?.column).toBe('sess_overall_percent');
    expect(readChoices({ ind: 'missing', concept: 'overall' }, [annual], all).indicator?.column).toBe(
      'sess_overall_percent',
    );
  });

  test('region of local authorities and a period range', () => {
    const request = toSeriesRequest(readChoices({ geo: 'la:E12000002', from: '2023-09-01' }, [annual], all));
    expect(request).toMatchObject({
      levels: ['Local authority'],
      regionCode: 'E12000002',
      from: '2023-09-01',
    });
  });
});

// Issue #11 point 10: a daily-collection rate is read with the schools behind it; a file without both counts as
// numbers, or a chart of the count itself, is not.
const counted = (...columns: string[]): Dataset => ({
  ...annual,
  id: 'attendance_terms',
  view: 'ds_attendance_terms',
  indicators: [
    { column: 'overall_absence_perc', label: 'Overall absence', unit: '%', decimals: 1, concept: 'overall' },
    ...columns.map((column) => ({ column, label: column, unit: '', decimals: 0 })),
  ],
});
test.each<[string, Dataset, Record<string, string>, unknown]>([
  [
    'both counts',
    counted('num_schools', 'total_num_schools'),
    { ind: 'overall_absence_perc' },
    { reporting: 'num_schools', total: 'total_num_schools' },
  ],
  ['reporting only', counted('num_schools'), { ind: 'overall_absence_perc' }, undefined],
  ['annual file', annual, {}, undefined],
  ['the count itself', counted('num_schools', 'total_num_schools'), { ind: 'num_schools' }, undefined],
])('schools columns: %s', (_name, dataset, params, schools) => {
  const choices = readChoices({ ds: dataset.id, ...params }, [dataset], datasetChoices([dataset], []));
  expect(toSeriesRequest(choices)?.schools).toEqual(schools);
});
