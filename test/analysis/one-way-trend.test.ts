import { describe, expect, test } from 'vitest';
import { oneWayTrend } from '../../src/analysis/one-way-trend';
import { years } from './points';

describe('a trend the before/after means would mistake for a change', () => {
  test.each([
    [
      'rising every year (severe absence, 2021/22 to 2024/25)',
      [
        ['2021/22', 1.7],
        ['2022/23', 2.0],
        ['2023/24', 2.2],
        ['2024/25', 2.4],
      ],
      'the figures rose at every step from 2021/22 to 2024/25',
    ],
    [
      'falling every year',
      [
        ['2016/17', 9],
        ['2017/18', 8],
        ['2018/19', 7],
      ],
      'the figures fell at every step from 2016/17 to 2018/19',
    ],
    [
      'a step that turns',
      [
        ['2016/17', 1],
        ['2017/18', 2],
        ['2018/19', 1.5],
      ],
      null,
    ],
    [
      'a flat step',
      [
        ['2016/17', 1],
        ['2017/18', 1],
        ['2018/19', 2],
      ],
      null,
    ],
    [
      'a missing figure',
      [
        ['2016/17', 1],
        ['2017/18', null],
        ['2018/19', 3],
      ],
      null,
    ],
    [
      'two periods only',
      [
        ['2016/17', 1],
        ['2017/18', 2],
      ],
      null,
    ],
  ] as const)('%s', (_name, rows, words) => {
    expect(oneWayTrend(years(rows))).toBe(words);
  });
});
