import { describe, expect, test } from 'vitest';
import type { Point } from '../../src/analysis/analysis-types';
import { likePeriods } from '../../src/analysis/like-periods';
import { expectOk, expectRefusal, weeks, years } from './points';

// England severe absence (%), as published by DfE (check figures in ../shared/data/dfe/SOURCES.md; 2016/17,
// 2017/18 and 2020/21 from the absence-distributions check figures). 2019/20 was never collected.
const severe = years([
  ['2015/16', 0.6],
  ['2016/17', 0.7],
  ['2017/18', 0.77],
  ['2018/19', 0.85],
  ['2019/20', null],
  ['2020/21', 1.13],
  ['2021/22', 1.65],
  ['2022/23', 2.03],
  ['2023/24', 2.3],
  ['2024/25', 2.39],
]);

const labels = (points: readonly Point[]): string[] => points.map((point) => point.period);

describe('academic years', () => {
  test.each([
    // [event date, event period, during, pair, before list, after list]
    // 2019/20 and 2020/21 never enter a comparison, and no list reaches across them (issue #11).
    ['2023-09-04', '2023/24', ['2023/24'], '2022/23 vs 2024/25', ['2021/22', '2022/23'], ['2024/25']],
    ['2023-09-01', '2023/24', [], '2022/23 vs 2023/24', ['2021/22', '2022/23'], ['2023/24', '2024/25']],
    ['2023-09', '2023/24', ['2023/24'], '2022/23 vs 2024/25', ['2021/22', '2022/23'], ['2024/25']],
    [
      '2020-10-01',
      '2020/21',
      [],
      '2018/19 vs 2021/22',
      ['2016/17', '2017/18', '2018/19'],
      ['2021/22', '2022/23', '2023/24'],
    ],
    // Issue #11: an August event falls before the autumn term, so 2023/24 is wholly before it; issue #26: and
    // the words say it falls in the summer holiday, not in 2024/25 (years run 1 September to 31 August).
    [
      '2024-08-19',
      'the summer holiday before 2024/25',
      [],
      '2023/24 vs 2024/25',
      ['2021/22', '2022/23', '2023/24'],
      ['2024/25'],
    ],
    [
      '2024-08',
      'the summer holiday before 2024/25',
      [],
      '2023/24 vs 2024/25',
      ['2021/22', '2022/23', '2023/24'],
      ['2024/25'],
    ],
  ])('event %s', (date, eventPeriod, during, pair, before, after) => {
    const answer = expectOk(likePeriods(severe, date, 'year'));
    expect(answer.eventPeriod).toBe(eventPeriod);
    expect(labels(answer.during)).toEqual(during);
    expect(answer.pairs.map((p) => p.label)).toEqual([pair]);
    expect(labels(answer.before)).toEqual(before);
    expect(labels(answer.after)).toEqual(after);
  });

  test.each([
    // [event date, caveat it must carry, caveat it must not]
    [
      '2023-09-04',
      '2020/21 is left out: sessions pupils missed in circumstances relating to COVID-19',
      '2019/20',
    ],
    ['2020-10-01', '2019/20 is left out: DfE published the autumn term 2019 only', 'across the pandemic'],
  ])('the pandemic years left out are named where they would have been used (%s)', (date, says, not) => {
    const caveats = expectOk(likePeriods(severe, date, 'year')).caveats.join(' ');
    expect(caveats).toContain(says);
    expect(caveats).not.toContain(not);
  });

  test('an event whose only earlier years are pandemic years is refused, saying why', () => {
    expect(expectRefusal(likePeriods(severe, '2021-12-09', 'year'))).toMatch(
      /no year before 2021\/22.*2018\/19 is left out: a comparison is not run across.*2020\/21 is left out/,
    );
  });

  // Issue #26 point 5: the caveat does not pin the change on the events; it lists them with their status.
  test('other events are listed with their status, and the change is the sum of everything that differed', () => {
    const otherEvents = [
      { date: '2022-04-28', name: 'the Alliance meeting', status: 'happened' as const },
      { date: '2022-09', name: 'the campaign', status: 'planned' as const },
    ];
    const caveats = expectOk(likePeriods(severe, '2023-09-04', 'year', { otherEvents })).caveats.join(' ');
    expect(caveats).toContain('the Alliance meeting (2022-04-28, happened)');
    expect(caveats).toContain(
      'the campaign (2022-09, planned; none of the sources used here records that it happened)',
    );
    expect(caveats).toContain(
      'Any change is the sum of everything that differed between the periods compared',
    );
    expect(caveats).not.toMatch(/belongs to all of them|cannot be separated|shared out/);
  });

  test('other events inside the window become a caveat, or a refusal when asked', () => {
    const otherEvents = [{ date: '2022-04-28', name: 'the Alliance meeting' }];
    const answer = expectOk(likePeriods(severe, '2023-09-04', 'year', { otherEvents }));
    expect(answer.caveats.join(' ')).toContain('the Alliance meeting (2022-04-28)');
    expect(
      expectRefusal(likePeriods(severe, '2023-09-04', 'year', { otherEvents, onOverlap: 'refuse' })),
    ).toMatch(/Other events of this area fall inside the window: the Alliance meeting/);
  });
});

describe('refusals', () => {
  test.each([
    ['no year after the event', severe, '2024-10-01', /no year after 2024\/25/],
    ['no year before the event', severe, '2015-10-01', /no year before 2015\/16/],
    ['an event known only to the year', severe, '2023', /known only to the year/],
    [
      'two figures for one year',
      [...severe, { period: '2023-24 again', start: '2024-01-01', value: 2.3 }],
      '2021-10-01',
      /same period \(2023\/24\)/,
    ],
    [
      'only figures missing after',
      years([
        ['2021/22', 1.65],
        ['2023/24', null],
      ]),
      '2022-10-01',
      /No academic year after the event has a figure/,
    ],
  ])('%s', (_, series, date, reason) => {
    expect(expectRefusal(likePeriods(series, date, 'year'))).toMatch(reason);
  });
});

// Termly overall absence (%). 2024/25 values from the research notes (6.5, 6.9, 7.3); others are illustrative.
const TERM_STARTS = [
  ['Autumn', '09-01', 0],
  ['Spring', '01-01', 1],
  ['Summer', '04-15', 1],
] as const;
const termly: Point[] = (
  [
    [2021, [6.9, 7.8, 8.1]],
    [2022, [7.5, 7.3, 7.9]],
    [2023, [6.7, 7.1, 7.6]],
    [2024, [6.5, 6.9, 7.3]],
  ] as const
).flatMap(([year, values]) =>
  TERM_STARTS.map(([term, monthDay, offset], index) => ({
    period: `${year}/${String(year + 1).slice(2)} ${term} term`,
    start: `${year + offset}-${monthDay}`,
    value: values[index] ?? null,
  })),
);

describe('terms', () => {
  test('each term after the event against the same term a year earlier', () => {
    const answer = expectOk(likePeriods(termly, '2023-01-15', 'term'));
    expect(answer.eventPeriod).toBe('2022/23 Spring term');
    expect(labels(answer.during)).toEqual(['2022/23 Spring term']);
    expect(answer.pairs.map((pair) => pair.label)).toEqual([
      '2021/22 Summer term vs 2022/23 Summer term',
      '2022/23 Autumn term vs 2023/24 Autumn term',
    ]);
    expect(labels(answer.before)).toEqual(['2021/22 Summer term']);
    expect(labels(answer.after)).toEqual([
      '2022/23 Summer term',
      '2023/24 Summer term',
      '2024/25 Summer term',
    ]);
    expect(answer.caveats.join(' ')).toContain('absence rises from autumn to summer');
  });

  // Issue #26: an August event is in the holiday before the autumn term, which is wholly after it.
  test('an August event falls in the summer holiday before the autumn term', () => {
    const answer = expectOk(likePeriods(termly, '2024-08-19', 'term'));
    expect(answer.eventPeriod).toBe('the summer holiday before 2024/25 Autumn term');
    expect(labels(answer.during)).toEqual([]);
    expect(answer.pairs[0]?.label).toBe('2023/24 Autumn term vs 2024/25 Autumn term');
  });

  test('an April event falls in the summer term', () => {
    const answer = expectOk(likePeriods(termly, '2024-04-20', 'term'));
    expect(answer.eventPeriod).toBe('2023/24 Summer term');
    expect(answer.pairs.map((pair) => pair.label)).toEqual([
      '2023/24 Autumn term vs 2024/25 Autumn term',
      '2023/24 Spring term vs 2024/25 Spring term',
    ]);
  });

  test('a missing counterpart is noted, not invented', () => {
    const gappy = termly.map((point) =>
      point.period === '2022/23 Autumn term' ? { ...point, value: null } : point,
    );
    const answer = expectOk(likePeriods(gappy, '2023-01-15', 'term'));
    expect(answer.pairs.map((pair) => pair.label)).toEqual(['2021/22 Summer term vs 2022/23 Summer term']);
    expect(answer.caveats).toContain('No pair for 2023/24 Autumn term: 2022/23 Autumn term has no figure.');
  });

  test('cumulative periods are refused', () => {
    const cumulative = [{ period: 'Autumn and spring term', start: '2022-09-01', value: 7.4 }, ...termly];
    expect(expectRefusal(likePeriods(cumulative, '2023-01-15', 'term'))).toMatch(/covers more than one term/);
  });
});

// Weekly shape of DfE's files: autumn weeks only, half-term missing (2023: week 43; 2024: week 44).
const weekly = [
  ...weeks(2023, [37, 38, 39, 40, 41, 42, 44, 45, 46, 47, 48, 49, 50], (week) => 6 + week / 100),
  ...weeks(2024, [37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 48, 49], (week) =>
    week === 46 ? null : 5.5 + week / 100,
  ),
];

describe('ISO weeks', () => {
  test('each week after the event against the same ISO week a year earlier', () => {
    const answer = expectOk(likePeriods(weekly, '2024-09-18', 'week'));
    expect(answer.eventPeriod).toBe('2024 Week 38');
    expect(labels(answer.during)).toEqual(['2024 Week 38']);
    expect(answer.pairs.map((pair) => pair.label)).toEqual(
      [39, 40, 41, 42, 45, 47, 48, 49].map((week) => `2023 Week ${week} vs 2024 Week ${week}`),
    );
    expect(answer.caveats).toContain('2024 Week 43 has no same ISO week a year earlier in the series.');
    expect(answer.caveats).toContain('2024 Week 46 has no figure.');
  });

  // Issue #26 point 7: an August day is a week of the summer holiday, and the words say so.
  test('an August event on the weekly measure falls in a week of the summer holiday', () => {
    const answer = expectOk(likePeriods(weekly, '2024-08-19', 'week'));
    expect(answer.eventPeriod).toBe('2024 Week 34, in the summer holiday before 2024/25');
  });

  test('an event dated only to the month cannot be placed in a week', () => {
    expect(expectRefusal(likePeriods(weekly, '2024-09', 'week'))).toMatch(/known only to the month/);
  });

  test('no pair when the year-earlier weeks are missing', () => {
    expect(expectRefusal(likePeriods(weekly.slice(13), '2024-09-18', 'week'))).toMatch(
      /No like-for-like comparison is possible around 2024 Week 38\. 2024 Week 39 has no same ISO week/,
    );
  });
});
