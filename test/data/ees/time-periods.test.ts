import { describe, expect, test } from 'vitest';
import { isoWeekStart, parsePeriod, periodMidpoint } from '../../../src/data/ees/time-periods';

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
];

describe('EES time periods become labelled spans', () => {
  test.each(cases)('%s %s', (timePeriod, identifier, label, grain, start, end) => {
    expect(parsePeriod(timePeriod, identifier)).toEqual({ label, grain, start, end });
  });
});

const refused: [string, string][] = [
  ['202325', 'Academic year'],
  ['2023', 'Academic year'],
  ['202324', 'Week 37'],
  ['2023', 'Week 54'],
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
