import { describe, expect, test } from 'vitest';
import {
  comparePeriods,
  isoWeekStart,
  parsePeriod,
  periodMidpoint,
  periodOf,
} from '../../../src/data/ees/time-periods';

const cases: [string, string, string, string, string, string][] = [
  // time_period, time_identifier, label, grain, start, end
  ['202324', 'Academic year', '2023/24', 'Academic year', '2023-09-01', '2024-08-31'],
  ['2023/24', 'Academic year', '2023/24', 'Academic year', '2023-09-01', '2024-08-31'],
  ['201920', 'Six half terms', '2019/20', 'Academic year', '2019-09-01', '2020-08-31'],
  ['202324', 'Autumn term', '2023/24 autumn term', 'Term', '2023-09-01', '2023-12-31'],
  ['202324', 'Spring term', '2023/24 spring term', 'Term', '2024-01-01', '2024-03-31'],
  ['202324', 'Summer term', '2023/24 summer term', 'Term', '2024-04-01', '2024-07-31'],
  ['202324', 'Autumn and spring term', '2023/24 autumn and spring terms', 'Term', '2023-09-01', '2024-03-31'],
  ['201617', 'Five half terms', '2016/17 five half terms', 'Term', '2016-09-01', '2017-05-31'],
  ['202526', 'Year to date', '2025/26 year to date', 'Year to date', '2025-09-01', '2026-08-31'],
  ['202324', 'Academic year Q2', '2023/24 Q2', 'Quarter', '2023-12-01', '2024-02-29'],
  ['2023', 'Week 37', '2023 week 37', 'Week', '2023-09-11', '2023-09-17'],
  ['2023', 'Week 2', '2023 week 2', 'Week', '2023-01-09', '2023-01-15'],
  ['2020', 'Week 53', '2020 week 53', 'Week', '2020-12-28', '2021-01-03'],
  ['2024', 'Calendar year', '2024', 'Calendar year', '2024-01-01', '2024-12-31'],
  ['2024', 'February', 'February 2024', 'Month', '2024-02-01', '2024-02-29'],
  ['2024', 'Calendar year Q3', '2024 Q3', 'Quarter', '2024-07-01', '2024-09-30'],
  ['202324', 'Financial year', '2023/24 financial year', 'Financial year', '2023-04-01', '2024-03-31'],
  ['202324', '  autumn   TERM ', '2023/24 autumn term', 'Term', '2023-09-01', '2023-12-31'],
  // The rest of the EES list of allowable time values.
  ['2023', 'Reporting year', '2023', 'Reporting year', '2023-01-01', '2023-12-31'],
  ['202324', 'Tax year', '2023/24 tax year', 'Tax year', '2023-04-06', '2024-04-05'],
  ['202324', 'Tax year Q4', '2023/24 tax year Q4', 'Quarter', '2024-01-01', '2024-04-05'],
  ['202324', 'Financial year Q1', '2023/24 financial year Q1', 'Quarter', '2023-04-01', '2023-06-30'],
  ['202324', 'Financial year Q1-Q3', '2023/24 financial year Q1-Q3', 'Part year', '2023-04-01', '2023-12-31'],
  ['202324', 'Academic year Q1-Q2', '2023/24 Q1-Q2', 'Part year', '2023-09-01', '2024-02-29'],
  ['2024', 'Calendar year Q1-Q4', '2024 Q1-Q4', 'Part year', '2024-01-01', '2024-12-31'],
  [
    '202324',
    'Part 1 (April to September)',
    '2023/24 financial year April to September',
    'Part year',
    '2023-04-01',
    '2023-09-30',
  ],
  [
    '202324',
    'Part 2 (October to March)',
    '2023/24 financial year October to March',
    'Part year',
    '2023-10-01',
    '2024-03-31',
  ],
  ['202324', 'Up until 31st March', '2023/24 to 31 March', 'Part year', '2023-09-01', '2024-03-31'],
  ['2024', 'Month 3', 'March 2024', 'Month', '2024-03-01', '2024-03-31'],
  ['202324', 'November', 'November 2023', 'Month', '2023-11-01', '2023-11-30'],
  ['202324', 'March', 'March 2024', 'Month', '2024-03-01', '2024-03-31'],
  ['202324', 'Week 37', '2023 week 37', 'Week', '2023-09-11', '2023-09-17'],
  ['202324', 'Week 2', '2024 week 2', 'Week', '2024-01-08', '2024-01-14'],
];

describe('EES time periods become labelled spans', () => {
  test.each(cases)('%s %s', (timePeriod, identifier, label, grain, start, end) => {
    expect(parsePeriod(timePeriod, identifier)).toEqual({ label, grain, start, end });
  });
});

const refused: [string, string][] = [
  ['202325', 'Academic year'],
  ['2023', 'Academic year'],
  ['2023', 'Week 54'],
  ['2023', 'Week 53'],
  ['2023', 'Tax year'],
  ['202324', 'Reporting year'],
  ['2024', 'Month 13'],
  ['202324', 'Financial year Q3-Q1'],
  ['2023', 'Fortnight 3'],
  ['', ''],
];

test.each(refused)('%s %s is not an EES period', (timePeriod, identifier) => {
  expect(parsePeriod(timePeriod, identifier)).toBeNull();
});

test('ISO week 1 holds the first Thursday', () => {
  expect(isoWeekStart(2026, 1).toISOString().slice(0, 10)).toBe('2025-12-29');
  expect(isoWeekStart(2021, 1).toISOString().slice(0, 10)).toBe('2021-01-04');
});

test('a point sits at the middle of its span', () => {
  expect(new Date(periodMidpoint({ start: '2023-09-01', end: '2023-09-03' })).toISOString()).toBe(
    '2023-09-02T00:00:00.000Z',
  );
});

const dated: [string, string, string | null, string | null][] = [
  // time_period, time_identifier, date cell, the day it becomes (null: the whole period)
  ['2023', 'Week 37', '2023-09-12', '2023-09-12'],
  ['2023', 'Week 37', '12/09/2023', '2023-09-12'],
  ['2023', 'Week 37', '20230912', '2023-09-12'],
  ['2023', 'Week 37', '2023-09-12T00:00:00', '2023-09-12'],
  ['2023', 'Week 37', '', null],
  ['2023', 'Week 37', '31/02/2023', null],
];

test.each(dated)('%s %s dated %s is one day', (timePeriod, identifier, date, day) => {
  const period = parsePeriod(timePeriod, identifier, { date });
  expect(period?.grain).toBe(day ? 'Day' : 'Week');
  if (day) expect(period).toMatchObject({ start: day, end: day, label: '12 Sept 2023' });
});

const others: [string, string, string, string][] = [
  // time_period, time_identifier, label, start ('' when no year can be read)
  ['2023', 'Fortnight 3', '2023 Fortnight 3', '2023-01-01'],
  ['202324', 'Half term 1', '202324 Half term 1', '2023-09-01'],
  ['', 'Total', 'Total', ''],
  ['', '', '(no period)', ''],
];

test.each(others)('%s %s is its own category', (timePeriod, identifier, label, start) => {
  expect(periodOf(timePeriod, identifier)).toMatchObject({ label, grain: 'Other', start });
});

test('periods sort in time, undated categories last in natural order', () => {
  const labels = [
    periodOf('', 'Week 10'),
    periodOf('202324', 'Spring term'),
    periodOf('', 'Week 2'),
    periodOf('202324', 'Autumn term'),
    periodOf('202324', 'Autumn and spring term'),
  ]
    .sort(comparePeriods)
    .map((p) => p.label);
  expect(labels).toEqual([
    '2023/24 autumn term',
    '2023/24 autumn and spring terms',
    '2023/24 spring term',
    'Week 2',
    'Week 10',
  ]);
});
