import { describe, expect, test } from 'vitest';
import { parseDateParts, slotOf, termFromLabel } from '../../src/analysis/period-slots';
import { isoWeekMonday } from './points';

// Reference: python3 stdlib, datetime.date.fromisoformat(s).isocalendar()[:2] for each date.
describe('ISO weeks', () => {
  test.each([
    ['2021-01-03', '2020 Week 53'],
    ['2024-12-30', '2025 Week 1'],
    ['2023-01-02', '2023 Week 1'],
    ['2020-12-31', '2020 Week 53'],
    ['2026-01-01', '2026 Week 1'],
    ['2024-09-09', '2024 Week 37'],
    ['2015-12-31', '2015 Week 53'],
    ['2016-01-04', '2016 Week 1'],
  ])('%s is in %s', (date, label) => {
    const slot = slotOf(date, 'week');
    expect(typeof slot === 'string' ? slot : slot.label).toBe(label);
  });

  test('consecutive weeks have consecutive ordinals across a 53-week year', () => {
    const a = slotOf('2020-12-28', 'week');
    const b = slotOf('2021-01-04', 'week');
    expect(typeof a !== 'string' && typeof b !== 'string' && b.ordinal - a.ordinal).toBe(1);
  });

  // python3: str(datetime.date.fromisocalendar(2023, 37, 1)) == '2023-09-11', (2024, 45, 1) == '2024-11-04'
  test('the test helper gives ISO Mondays', () => {
    expect([isoWeekMonday(2023, 37), isoWeekMonday(2024, 45)]).toEqual(['2023-09-11', '2024-11-04']);
  });
});

describe('academic years and terms', () => {
  test.each([
    ['2023-09-01', 'year', '', '2023/24'],
    ['2024-08-31', 'year', '', '2023/24'],
    ['1999-09-01', 'year', '', '1999/00'],
    ['2023-09', 'year', '', '2023/24'],
    ['2023-11-20', 'term', '', '2023/24 Autumn term'],
    ['2024-03-28', 'term', '', '2023/24 Spring term'],
    ['2024-04-15', 'term', '', '2023/24 Summer term'],
    ['2024-04-02', 'term', '2023/24 Spring term', '2023/24 Spring term'],
    ['2024-01', 'term', '', '2023/24 Spring term'],
  ] as const)('%s as %s (label "%s") is %s', (date, granularity, label, expected) => {
    const slot = slotOf(date, granularity, label);
    expect(typeof slot === 'string' ? slot : slot.label).toBe(expected);
  });

  test.each([
    ['Autumn term', 0],
    ['2023/24 SUMMER TERM', 2],
    ['Academic year', null],
    ['Autumn and spring term', 'several'],
  ] as const)('label "%s" names term %s', (label, expected) => {
    expect(termFromLabel(label)).toBe(expected);
  });
});

describe('dates too coarse or malformed are refused with a reason', () => {
  test.each([
    ['2023', 'year', '', /known only to the year/],
    ['2023-09', 'week', '', /known only to the month/],
    ['2023-02-30', 'year', '', /not a date/],
    ['23/09/2023', 'year', '', /not a date/],
    ['2023-09-01', 'term', 'Autumn and spring term', /more than one term/],
  ] as const)('%s as %s (label "%s")', (date, granularity, label, reason) => {
    expect(slotOf(date, granularity, label)).toMatch(reason);
  });

  test('parseDateParts keeps the precision it was given', () => {
    expect(parseDateParts('2022-03')).toEqual({ year: 2022, month: 3, day: null });
  });
});
