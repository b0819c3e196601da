import { expect, test } from 'vitest';
import { describeTiming } from '../../../src/analysis/describe-timing';
import { highlightedEvents, summaryEvents, themeOf } from '../../../src/app/briefing/briefing-themes';
import { curatedEvents } from '../../../src/app/timeline/curated-events';

test('the highlighted programmes are delivered events tagged campaign, hubs, mentors or statutory guidance', () => {
  const highlighted = highlightedEvents(curatedEvents);
  expect(highlighted.every((event) => ['campaign', 'intervention', 'guidance'].includes(event.type))).toBe(
    true,
  );
  expect(highlighted.map((event) => themeOf(event)?.tag)).not.toContain(undefined);
  expect(highlighted.map((event) => event.id)).toEqual(
    expect.arrayContaining([
      '2022-09-back-to-school-campaign',
      '2022-05-north-shore-hub-pilot',
      '2022-middlesbrough-mentors-pilot',
      '2024-08-19-working-together-statutory',
    ]),
  );
});

test('the summary names one event per programme and states timing, not cause', () => {
  const answer = describeTiming({
    indicator: 'Severe absence',
    unit: 'percent',
    // England, data/annual_absence.csv.
    series: (
      [
        ['2018/19', 0.85],
        ['2019/20', null],
        ['2020/21', 1.13],
        ['2021/22', 1.65],
        ['2022/23', 2.03],
        ['2023/24', 2.3],
        ['2024/25', 2.39],
      ] as const
    ).map(([period, value]) => ({ period, start: `${period.slice(0, 4)}-09-01`, value })),
    events: summaryEvents(curatedEvents),
    from: '2018/19',
  });
  if (!answer.ok) throw new Error(answer.reason);
  expect(answer.sentences).toEqual([
    'Severe absence was 0.85% in 2018/19 and 2.39% in 2024/25, up 1.54 percentage points; there is no figure for ' +
      '2019/20 (no annual data: the summer term collection was cancelled in the pandemic).',
    'Attendance mentors (Middlesbrough) began in 2022.',
    'The first attendance hub (Stockton-on-Tees) opened in May 2022.',
    'The first national attendance campaign began in September 2022.',
    'Attendance guidance became statutory on 19 August 2024.',
    'This shows timing only, not whether any of these caused a change.',
  ]);
});
