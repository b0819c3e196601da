import { describe, expect, test } from 'vitest';
import type { Granularity, Point, Refusal } from '../../src/analysis/analysis-types';
import { farFromEvent } from '../../src/analysis/data-near-period';
import { placeEvent, type PlacedEvent } from '../../src/analysis/event-phase';
import { slotSeries, type SlottedPoint } from '../../src/analysis/slot-series';
import { weeks, years } from './points';

// farFromEvent on its own (data-near-period.test.ts reaches it through the three analyses).
function slotted(points: Point[], granularity: Granularity): SlottedPoint[] {
  const result = slotSeries(points, granularity);
  if (!result.ok) throw new Error(result.reason);
  return result.rows;
}

function placed(date: string, granularity: Granularity): PlacedEvent {
  const event = placeEvent(date, granularity);
  if ('ok' in event) throw new Error((event as Refusal).reason);
  return event;
}

const annual = slotted(
  years([
    ['2017/18', 4.7],
    ['2018/19', 4.7],
    ['2021/22', 7.6],
    ['2022/23', 7.5],
  ]),
  'year',
);
const byPeriod = (rows: SlottedPoint[], period: string) => rows.find((row) => row.point.period === period);

const terms = slotted(
  [
    { period: '2021/22 Autumn term', start: '2021-09-01', value: 6.9 },
    { period: '2022/23 Autumn term', start: '2022-09-01', value: 7.2 },
    { period: '2023/24 Autumn term', start: '2023-09-01', value: 6.8 },
    { period: '2023/24 Spring term', start: '2024-01-04', value: 7.1 },
  ],
  'term',
);

describe('figures far from the event are said', () => {
  const farWords = (side: 'after' | 'before', own: string, nearest: string) =>
    `No figure falls within a year ${side} the event's own period (${own}): the ${side === 'after' ? 'first' : 'last'} ` +
    `${side} it is ${nearest}, 2 years away, so this comparison also carries whatever else changed in between.`;

  test.each([
    {
      case: 'both sides near: nothing to say',
      date: '2022-03-10',
      before: '2021/22',
      after: '2022/23',
      said: [],
    },
    {
      case: 'a pandemic gap after the event: the first year after is two years away',
      date: '2019-10-01',
      before: '2018/19',
      after: '2021/22',
      said: [farWords('after', '2019/20', '2021/22')],
    },
    {
      case: 'a pandemic gap before the event: the last year before is two years away',
      date: '2020-10-01',
      before: '2018/19',
      after: '2021/22',
      said: [farWords('before', '2020/21', '2018/19')],
    },
  ])('$case', ({ date, before, after, said }) => {
    const sides = { before: byPeriod(annual, before), after: byPeriod(annual, after) };
    expect(farFromEvent(sides, placed(date, 'year'), 'year')).toEqual(said);
  });

  test('an August event belongs to the year after: its next figure is one year on', () => {
    // 19 August 2021 is placed in 2021/22, so 2022/23 is near; without the rule 2020/21 would make it two away.
    const event = placed('2021-08-19', 'year');
    expect(farFromEvent({ before: undefined, after: byPeriod(annual, '2022/23') }, event, 'year')).toEqual(
      [],
    );
  });

  test.each([
    // [oneTerm, expected]: a one-term series steps a year (three terms) at a time.
    [
      false,
      /No figure falls within a term before the event's own period \(2023\/24 Autumn term\): the last before it is 2022\/23 Autumn term, 3 terms away/,
    ],
    [true, /^$/],
  ])('terms, one term only %s', (oneTerm, expected) => {
    const event = placed('2023-10-01', 'term');
    const words = farFromEvent(
      { before: byPeriod(terms, '2022/23 Autumn term'), after: undefined },
      event,
      'term',
      oneTerm,
    );
    expect(words.join('')).toMatch(expected);
  });

  test('one term only, two years back: counted in years', () => {
    const event = placed('2023-10-01', 'term');
    expect(
      farFromEvent({ before: byPeriod(terms, '2021/22 Autumn term'), after: undefined }, event, 'term', true),
    ).toEqual([
      "No figure falls within a year (the same term) before the event's own period (2023/24 Autumn term): the last " +
        'before it is 2021/22 Autumn term, 2 years away, so this comparison also carries whatever else changed in between.',
    ]);
  });

  test('weeks: only the first figure after counts, in calendar weeks from the day', () => {
    const autumn = slotted(
      weeks(2024, [37, 38, 45], () => 5),
      'week',
    );
    const january = placed('2024-01-08', 'week');
    expect(
      farFromEvent(
        { before: byPeriod(autumn, '2024 Week 37'), after: byPeriod(autumn, '2024 Week 37') },
        january,
        'week',
      ),
    ).toEqual([
      'No figure falls within 4 weeks after the event (2024-01-08): the first after it is 2024 Week 37, 35 weeks ' +
        'away, so this comparison also carries whatever else changed in between.',
    ]);
    const september = placed('2024-09-01', 'week');
    expect(
      farFromEvent({ before: undefined, after: byPeriod(autumn, '2024 Week 37') }, september, 'week'),
    ).toEqual([]);
    expect(
      farFromEvent({ before: undefined, after: byPeriod(autumn, '2024 Week 45') }, september, 'week'),
    ).toHaveLength(1);
  });
});
