import { expect, test } from 'vitest';
import { addDays, isIsoDate, parsePartialDate } from '../../src/timeline/iso-date';

test.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2024-13-01', false],
  ['2024-04-31', false],
  ['2024-4-01', false],
  ['20240401', false],
  ['', false],
])('isIsoDate(%j) is %s', (text, expected) => {
  expect(isIsoDate(text)).toBe(expected);
});

test.each([
  ['2024-05-21', { start: '2024-05-21', end: '2024-05-21', precision: 'day' }],
  ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'month' }],
  ['2023-02', { start: '2023-02-01', end: '2023-02-28', precision: 'month' }],
  ['2022', { start: '2022-01-01', end: '2022-12-31', precision: 'year' }],
  ['2022-00', null],
  ['2022-13', null],
  ['May 2022', null],
])('parsePartialDate(%j)', (text, expected) => {
  expect(parsePartialDate(text)).toEqual(expected);
});

test.each([
  ['2024-02-28', 1, '2024-02-29'],
  ['2024-02-29', 1, '2024-03-01'],
  ['2024-12-31', 1, '2025-01-01'],
  ['2024-03-01', -1, '2024-02-29'],
  ['2024-03-31', 0, '2024-03-31'],
])('addDays(%s, %i) is %s', (iso, days, expected) => {
  expect(addDays(iso, days)).toBe(expected);
});

test('addDays refuses text that is not a date', () => {
  expect(() => addDays('2024-03', 1)).toThrow('not an ISO date: "2024-03"');
});
