import { expect, test } from 'vitest';
import { describeTiming } from '../../../src/analysis/describe-timing';
import { highlightedEvents, summaryEvents, themeOf } from '../../../src/app/briefing/briefing-themes';
import { curatedEvents } from '../../../src/timeline/curated-events';
import type { TimelineEvent } from '../../../src/timeline/event';

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
  // Issue #11: no hard-coded "first"; a plan is said to be a plan, and "likely" keeps its doubt.
  expect(answer.sentences).toEqual([
    'Severe absence was 0.85% in 2018/19 and 2.39% in 2024/25, up 1.54 percentage points; there is no figure for ' +
      '2019/20 (DfE published the autumn term 2019 only: with the spring and summer terms disrupted by ' +
      'COVID-19, there was no two-term or full-year release for 2019/20).',
    'An attendance mentors pilot (Middlesbrough) likely began in 2022 (not confirmed).',
    'An attendance hub pilot (Stockton-on-Tees) began in May 2022.',
    'The plan was for a national attendance campaign to begin in September 2022; none of the sources used here records that it happened.',
    'A national attendance campaign began on 8 January 2024.',
    'Attendance guidance became statutory on 19 August 2024.',
    'This shows timing only, not whether any of these caused a change.',
  ]);
  expect(answer.text).not.toMatch(/\bfirst\b/i);
});

const base: TimelineEvent = {
  id: 'e',
  start: '2023-09-01',
  end: null,
  precision: 'day',
  type: 'intervention',
  title: 'Mentors',
  organisation: 'DfE',
  scope: ['Knowsley'],
  areaCodes: ['E08000011'],
  tags: ['mentors'],
  description: '',
  source: 'x',
  confidence: 'verified',
  status: 'happened',
  origin: 'curated',
};

// The summary's sentence for one event of each status and confidence (issue #11).
test.each([
  ['happened', 'verified', 'Attendance mentors (Knowsley) began on 1 September 2023.'],
  ['happened', 'seed', 'Attendance mentors (Knowsley) began on 1 September 2023.'],
  ['happened', 'likely', 'Attendance mentors (Knowsley) likely began on 1 September 2023 (not confirmed).'],
  [
    'planned',
    'seed',
    'The plan was for attendance mentors (Knowsley) to begin on 1 September 2023; none of the sources used here records that it happened.',
  ],
  [
    'planned',
    'likely',
    'The plan was for attendance mentors (Knowsley) to begin on 1 September 2023 (not confirmed); none of the ' +
      'sources used here records that it happened.',
  ],
  [
    'unknown',
    'verified',
    'None of the sources used here settles whether attendance mentors (Knowsley) began on 1 September 2023.',
  ],
] as const)('a %s event with %s confidence', (status, confidence, sentence) => {
  const events = summaryEvents([{ ...base, status, confidence }]);
  const answer = describeTiming({
    indicator: 'Severe absence',
    unit: 'percent',
    series: [{ period: '2023/24', start: '2023-09-01', value: 2.3 }],
    events,
  });
  if (!answer.ok) throw new Error(answer.reason);
  expect(answer.sentences[1]).toBe(
    sentence.replace(/\.$/, '; this shows timing only, not whether it caused any change.'),
  );
});
