import { describe, expect, test } from 'vitest';
import { describeTiming, type DescribeTimingInput } from '../../src/analysis/describe-timing';
import { expectOk, expectRefusal, years } from './points';

// England severe absence (%), published by DfE (see ../shared/data/dfe/SOURCES.md beside the project); 2019/20 was not collected.
const severe = years([
  ['2018/19', 0.85],
  ['2019/20', null],
  ['2020/21', 1.13],
  ['2022/23', 2.03],
  ['2023/24', 2.3],
  ['2024/25', 2.39],
]);
const campaign = { date: '2023-09', name: 'the national campaign' };
const base: DescribeTimingInput = {
  indicator: 'Severe absence',
  unit: 'percent',
  series: severe,
  events: [campaign],
};

// Expected sentences written by hand from the figures: 2.39 − 2.30 = 0.09 percentage points; 1.13 − 0.85 = 0.28.
describe('sentences', () => {
  test.each([
    [
      'the last two years and one event',
      {},
      'Severe absence was 2.30% in 2023/24 and 2.39% in 2024/25, up 0.09 percentage points. The national campaign ' +
        'began in September 2023; this shows timing only, not whether it caused any change.',
    ],
    [
      'a gap between the years',
      { from: '2018/19', to: '2020/21', events: [] },
      'Severe absence was 0.85% in 2018/19 and 1.13% in 2020/21, up 0.28 percentage points; there is no figure for ' +
        '2019/20 (DfE published the autumn term 2019 only: with the spring and summer terms disrupted by COVID-19, there was no two-term or full-year release for 2019/20). This shows change over ' +
        'time only, not its cause.',
    ],
    [
      'a year absent from the series',
      { from: '2020/21', to: '2022/23', events: [] },
      'Severe absence was 1.13% in 2020/21 and 2.03% in 2022/23, up 0.90 percentage points; there is no figure for ' +
        '2021/22. This shows change over time only, not its cause.',
    ],
    [
      'a missing end point',
      { from: '2018/19', to: '2019/20', events: [] },
      'Severe absence was 0.85% in 2018/19 and has no figure for 2019/20 (DfE published the autumn term 2019 only: with the spring and summer terms disrupted by COVID-19, there was no two-term or full-year release for 2019/20), so no change ' +
        'can be given. This shows change over time only, not its cause.',
    ],
    [
      'a fall, and several events in date order',
      {
        from: '2023/24',
        to: '2024/25',
        series: years([
          ['2023/24', 20.65],
          ['2024/25', 18.7],
        ]),
        indicator: 'Persistent absence',
        events: [
          { date: '2024-05-21', name: 'the Attendance Action Alliance', verb: 'met' },
          { date: '2021-12', name: 'the Alliance', verb: 'was formed' },
        ],
      },
      'Persistent absence was 20.65% in 2023/24 and 18.70% in 2024/25, down 1.95 percentage points. The Alliance was ' +
        'formed in December 2021. The Attendance Action Alliance met on 21 May 2024. This shows timing only, not ' +
        'whether any of these caused a change.',
    ],
    [
      'counts, not rates',
      {
        unit: 'number',
        decimals: 0,
        series: years([
          ['2022/23', 150_300],
          ['2023/24', 150_300],
        ]),
        events: [{ date: '2023', name: 'the pilot' }],
      },
      'Severe absence was 150,300 in 2022/23 and 150,300 in 2023/24, unchanged at the precision shown. The pilot began ' +
        'in 2023; this shows timing only, not whether it caused any change.',
    ],
  ] as const)('%s', (_, overrides, expected) => {
    expect(expectOk(describeTiming({ ...base, ...overrides })).text).toBe(expected);
  });

  test('the difference is taken between the shown figures, so the arithmetic checks', () => {
    const text = expectOk(
      describeTiming({
        ...base,
        series: years([
          ['2023/24', 2.304],
          ['2024/25', 2.396],
        ]),
      }),
    ).text;
    expect(text).toMatch(
      /^Severe absence was 2\.30% in 2023\/24 and 2\.40% in 2024\/25, up 0\.10 percentage points\./,
    );
  });
});

describe('refusals', () => {
  test.each([
    ['an unknown period', { from: '2010/11' }, /no period "2010\/11"/],
    ['periods out of order', { from: '2024/25', to: '2023/24' }, /comes after/],
    ['an empty series', { series: [] }, /no figures for severe absence/],
    [
      'a malformed event date',
      { events: [{ date: 'September 2023', name: 'the campaign' }] },
      /not YYYY-MM-DD/,
    ],
  ] as const)('%s', (_, overrides, reason) => {
    expect(expectRefusal(describeTiming({ ...base, ...overrides }))).toMatch(reason);
  });
});
