import { describe, expect, test } from 'vitest';
import {
  chartAreaFor,
  chartEventsFor,
  chartSpanOf,
  eventScopeFor,
} from '../../../src/app/chart-events/chart-scope';
import { curatedEvents } from '../../../src/timeline/curated-events';
import type { SeriesInputRow } from '../../../src/charts/series-model';
import type { TimelineEvent } from '../../../src/timeline/event';

function event(
  id: string,
  start: string,
  areaCodes: string[],
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return {
    id,
    start,
    end: null,
    precision: 'day',
    type: 'action',
    title: id,
    organisation: 'DfE',
    scope: [],
    areaCodes,
    tags: [],
    description: '',
    source: '',
    confidence: 'verified',
    status: 'happened',
    origin: 'curated',
    ...extra,
  };
}

const NORTH_WEST = 'E12000002';
const NORTH_EAST = 'E12000001';
const MANCHESTER = 'E08000003';
const STOCKTON = 'E06000004';
const laToRegion = new Map([
  [MANCHESTER, NORTH_WEST],
  [STOCKTON, NORTH_EAST],
]);
const events = [
  event('england', '2023-09-28', ['E92000001']),
  event('north-west', '2023-05-01', [NORTH_WEST]),
  event('manchester', '2023-06-01', [MANCHESTER]),
  event('stockton', '2023-07-01', [STOCKTON]),
  event('wales', '2023-08-01', ['W92000004']),
  event('marker', '2023-09-28', [], { origin: 'marker' }),
  event('long-band', '2022-06-01', ['E92000001'], { end: '2024-12-31' }),
  event('too-early', '2020-01-01', ['E92000001']),
];
const window = { start: '2022-09-01', end: '2024-08-31' };

describe('which events a trends chart draws', () => {
  test.each([
    // geography, expected event ids (points by date, then bands)
    ['england-regions', ['north-west', 'manchester', 'stockton', 'england', 'marker', 'long-band']],
    ['level:National', ['north-west', 'manchester', 'stockton', 'england', 'marker', 'long-band']],
    ['level:Regional', ['north-west', 'manchester', 'stockton', 'england', 'marker', 'long-band']],
    [`la:${NORTH_WEST}`, ['north-west', 'manchester', 'england', 'marker', 'long-band']],
    [`la:${NORTH_EAST}`, ['stockton', 'england', 'marker', 'long-band']],
    [`drill:${MANCHESTER}`, ['north-west', 'manchester', 'england', 'marker', 'long-band']],
    [`drill:${STOCKTON}`, ['stockton', 'england', 'marker', 'long-band']],
  ])('%s shows %j', (geography, ids) => {
    const merged = chartEventsFor(events, chartAreaFor(geography, laToRegion), laToRegion, window);
    const drawn = [...merged.points.flatMap((p) => p.events), ...merged.bands.map((b) => b.event)];
    expect(drawn.map((e) => e.id)).toEqual(ids);
  });

  test('events on one date share one marker; a range beyond both edges is clipped, not dropped', () => {
    const merged = chartEventsFor(events, chartAreaFor('england-regions', laToRegion), laToRegion, window);
    const sept = merged.points.find((p) => p.date === '2023-09-28');
    expect(sept?.events.map((e) => e.id)).toEqual(['england', 'marker']);
    expect(merged.bands).toEqual([
      expect.objectContaining({ start: window.start, end: window.end, clippedStart: true, clippedEnd: true }),
    ]);
  });

  test.each([
    ['drill:E08000003', { level: 'local-authority', code: MANCHESTER, regionCode: NORTH_WEST }],
    ['drill:E09999999', { level: 'local-authority', code: 'E09999999' }],
    ['la:E12000002', { level: 'regional', code: NORTH_WEST }],
    ['england-regions', { level: 'national', code: 'E92000001' }],
  ])('%s is scoped as %j', (geography, area) => {
    expect(chartAreaFor(geography, laToRegion)).toEqual(area);
  });

  test('the curated timeline reaches an LA chart only through England-wide, its region and its own events', () => {
    const merged = chartEventsFor(curatedEvents, chartAreaFor(`drill:${STOCKTON}`, laToRegion), laToRegion, {
      start: '2021-09-01',
      end: '2026-08-31',
    });
    const ids = [...merged.points.flatMap((p) => p.events), ...merged.bands.map((b) => b.event)].map(
      (e) => e.id,
    );
    expect(ids).toContain('2022-05-north-shore-hub-pilot');
    expect(ids.some((id) => id.includes('gm-local-alliance'))).toBe(false);
  });
});

function row(period: string, start: string | null, end: string | null, mid: number | null): SeriesInputRow {
  return {
    period,
    period_start: start,
    period_end: end,
    period_mid: mid,
    area_code: 'E92000001',
    area_name: 'England',
    value: 1,
    flag: null,
  };
}

describe('the dates a chart spans', () => {
  const mid = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  test.each([
    ['no rows', [], null],
    [
      'whole periods, not their midpoints',
      [
        row('2022/23', '2022-09-01', '2023-08-31', mid('2023-03-01')),
        row('2023/24', '2023-09-01', '2024-08-31', mid('2024-03-01')),
      ],
      { window: { start: '2022-09-01', end: '2024-08-31' }, domain: [mid('2022-09-01'), mid('2024-08-31')] },
    ],
    [
      'midpoints when a file gives no period dates',
      [row('a', null, null, mid('2023-03-01')), row('b', null, null, mid('2024-03-01'))],
      { window: { start: '2023-03-01', end: '2024-03-01' }, domain: [mid('2023-03-01'), mid('2024-03-01')] },
    ],
    ['undated rows only', [row('x', null, null, null)], null],
  ] as const)('%s', (_name, rows, expected) => {
    expect(chartSpanOf(rows)).toEqual(expected);
  });
});

describe('the event scope of a chart of one area', () => {
  test.each([
    [['E92000001'], 'National', 'level:National'],
    [['E12000002'], 'Regional', 'la:E12000002'],
    [['E13000001', 'E13000002'], 'Regional', 'la:E12000007'],
    [[], 'Regional', 'level:National'],
  ])('%j (%s) is scoped as %s', (codes, level, scope) => {
    expect(eventScopeFor(codes, level)).toBe(scope);
  });
});
