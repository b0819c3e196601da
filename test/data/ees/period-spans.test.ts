import { describe, expect, test } from 'vitest';
import {
  calendarYear,
  capitalise,
  isoWeekStart,
  dateText,
  monthSpan,
  readDate,
  splitYear,
} from '../../../src/data/ees/period-spans';

describe('six-digit years', () => {
  test.each([
    ['202324', { first: 2023, label: '2023/24' }],
    ['2023/24', { first: 2023, label: '2023/24' }],
    ['2023-24', { first: 2023, label: '2023/24' }],
    [' 199900 ', { first: 1999, label: '1999/00' }],
    ['202325', null],
    ['2023', null],
    ['2023/2024', null],
  ])('%s', (text, expected) => {
    expect(splitYear(text)).toEqual(expected);
  });

  test.each([
    ['2023', 2023],
    [' 2023 ', 2023],
    ['202324', null],
    ['23', null],
  ])('calendar year %s', (text, expected) => {
    expect(calendarYear(text)).toBe(expected);
  });
});

describe('month spans by year kind', () => {
  test.each([
    // [kind, first year, from, to, start, end]
    ['academic', 2023, 1, 12, '2023-09-01', '2024-08-31'],
    ['academic', 2023, 1, 4, '2023-09-01', '2023-12-31'],
    ['academic', 2023, 5, 7, '2024-01-01', '2024-03-31'],
    // February of a leap year.
    ['academic', 2023, 6, 6, '2024-02-01', '2024-02-29'],
    ['financial', 2023, 1, 12, '2023-04-01', '2024-03-31'],
    ['financial', 2023, 10, 12, '2024-01-01', '2024-03-31'],
    // The tax year runs 6 April to 5 April; its inner quarters are whole months.
    ['tax', 2023, 1, 12, '2023-04-06', '2024-04-05'],
    ['tax', 2023, 1, 3, '2023-04-06', '2023-06-30'],
    ['tax', 2023, 4, 6, '2023-07-01', '2023-09-30'],
    ['calendar', 2024, 1, 12, '2024-01-01', '2024-12-31'],
  ] as const)('%s %i months %i–%i', (kind, year, from, to, start, end) => {
    expect(monthSpan(kind, year, from, to)).toEqual({ start, end });
  });
});

describe('ISO weeks', () => {
  test.each([
    // 2024 begins on a Monday; 2021's first Thursday is 7 January; 2026 begins on a Thursday.
    [2024, 1, '2024-01-01'],
    [2024, 37, '2024-09-09'],
    [2021, 1, '2021-01-04'],
    [2026, 1, '2025-12-29'],
    [2020, 53, '2020-12-28'],
  ])('%i week %i starts %s', (year, week, start) => {
    expect(dateText(isoWeekStart(year, week))).toBe(start);
    expect(isoWeekStart(year, week).getUTCDay()).toBe(1);
  });
});

describe('date cells', () => {
  test.each([
    ['2023-09-11', '2023-09-11'],
    ['2023-09-11T00:00:00', '2023-09-11'],
    ['2023-09-11 08:30', '2023-09-11'],
    // DfE writes day first.
    ['11/09/2023', '2023-09-11'],
    ['1/9/2023', '2023-09-01'],
    ['20230911', '2023-09-11'],
    [' 2024-02-29 ', '2024-02-29'],
    ['2023-02-29', null],
    ['31/04/2024', null],
    ['2023-13-01', null],
    ['09/2023', null],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%s reads as %s', (text, expected) => {
    expect(readDate(text)).toBe(expected);
  });

  test('capitalise', () => {
    expect(capitalise('autumn term')).toBe('Autumn term');
    expect(capitalise('')).toBe('');
  });
});
