import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../src/timeline/event';
import { mergeEvents } from '../../src/timeline/merge-events';

function event(id: string, start: string, end: string | null = null): TimelineEvent {
  return {
    id,
    start,
    end,
    precision: 'day',
    type: 'meeting',
    title: id,
    organisation: 'DfE',
    scope: ['England'],
    areaCodes: ['E92000001'],
    tags: [],
    description: '',
    source: '',
    confidence: 'seed',
    status: 'happened',
    origin: 'curated',
  };
}

const window = { start: '2024-01-01', end: '2024-12-31' };
const ids = (list: readonly TimelineEvent[]) => list.map((e) => e.id);

describe('points', () => {
  test.each([
    [
      'events on one date merge into one marker',
      [event('a', '2024-05-21'), event('b', '2024-05-21')],
      [['2024-05-21', ['a', 'b']]],
    ],
    [
      'markers are in date order',
      [event('late', '2024-09-01'), event('early', '2024-02-01')],
      [
        ['2024-02-01', ['early']],
        ['2024-09-01', ['late']],
      ],
    ],
    [
      'an end equal to the start is still one day',
      [event('a', '2024-03-01', '2024-03-01')],
      [['2024-03-01', ['a']]],
    ],
    [
      'the window edges are inside it',
      [event('first', '2024-01-01'), event('last', '2024-12-31')],
      [
        ['2024-01-01', ['first']],
        ['2024-12-31', ['last']],
      ],
    ],
    [
      'points outside the window are left out',
      [event('before', '2023-12-31'), event('after', '2025-01-01')],
      [],
    ],
  ])('%s', (_case, events, expected) => {
    const { points, bands } = mergeEvents(events, window);
    expect(points.map((p) => [p.date, ids(p.events)])).toEqual(expected);
    expect(bands).toEqual([]);
  });
});

describe('bands', () => {
  test.each([
    // start, end, band start, band end, clipped start, clipped end
    ['inside the window', '2024-01-08', '2024-03-31', '2024-01-08', '2024-03-31', false, false],
    ['starting before the window', '2023-11-01', '2024-02-01', '2024-01-01', '2024-02-01', true, false],
    ['ending after the window', '2024-12-01', '2025-02-01', '2024-12-01', '2024-12-31', false, true],
    ['covering the whole window', '2022-01-01', '2026-01-01', '2024-01-01', '2024-12-31', true, true],
    ['touching the first day only', '2023-12-01', '2024-01-01', '2024-01-01', '2024-01-01', true, false],
  ])('a range %s is kept and clipped', (_case, start, end, bandStart, bandEnd, clippedStart, clippedEnd) => {
    const { points, bands } = mergeEvents([event('r', start, end)], window);
    expect(points).toEqual([]);
    expect(bands).toEqual([
      {
        event: expect.objectContaining({ id: 'r' }),
        start: bandStart,
        end: bandEnd,
        clippedStart,
        clippedEnd,
      },
    ]);
  });

  test.each([
    ['before', '2023-01-01', '2023-12-31'],
    ['after', '2025-01-01', '2025-03-01'],
  ])('a range wholly %s the window is left out', (_case, start, end) => {
    expect(mergeEvents([event('r', start, end)], window).bands).toEqual([]);
  });

  test('a month-precision event is a band, not a point; ranges never merge', () => {
    const month = { ...event('m', '2024-03-01', '2024-03-31'), precision: 'month' as const };
    const { points, bands } = mergeEvents(
      [month, event('r', '2024-03-01', '2024-03-31'), event('p', '2024-03-01')],
      window,
    );
    expect(points.map((p) => ids(p.events))).toEqual([['p']]);
    expect(bands.map((b) => b.event.id)).toEqual(['m', 'r']);
  });
});

test('a window that ends before it starts is refused', () => {
  expect(() => mergeEvents([], { start: '2024-02-01', end: '2024-01-01' })).toThrow(RangeError);
});
