import { describe, expect, test } from 'vitest';
import { dateToX } from '../../../src/app/chart-events/event-geometry';
import {
  eventKey,
  findEventSpan,
  MIN_LABEL,
  stripLayout,
  TARGET,
  type StripItem,
} from '../../../src/app/chart-events/strip-layout';
import type { EventType, TimelineEvent } from '../../../src/timeline/event';
import { mergeEvents } from '../../../src/timeline/merge-events';

function event(id: string, start: string, type: EventType, tags: string[] = [], end: string | null = null) {
  return {
    id,
    start,
    end,
    precision: 'day',
    type,
    tags,
    origin: 'curated',
    title: `Event ${id}`,
  } as unknown as TimelineEvent;
}

const marker = (id: string, start: string) =>
  ({ ...event(id, start, 'action'), origin: 'marker' }) as TimelineEvent;
const window = { start: '2023-01-01', end: '2023-12-31' };
const domain = [dateToX('2023-01-01'), dateToX('2023-12-31')] as const;

function boxes(items: StripItem[]) {
  return items.map((item) => {
    const left = item.width > 0 ? item.x : item.x - TARGET / 2;
    const right = item.width > 0 ? item.x + item.width : item.x + TARGET / 2 + item.labelWidth + 2;
    return { row: item.row, left, right, key: item.key };
  });
}

describe('the event strip', () => {
  test('each theme has its own row, in a fixed order, and close events of a theme share one button', () => {
    const merged = mergeEvents(
      [
        event('a', '2023-03-01', 'meeting'),
        event('b', '2023-03-02', 'meeting'),
        event('c', '2023-03-01', 'campaign'),
        marker('m', '2023-06-01'),
      ],
      window,
    );
    const { items, rows } = stripLayout(merged, domain, 600);
    expect(rows.map((row) => [row.theme.id, row.first, row.count])).toEqual([
      ['campaigns', 0, 1],
      ['alliance', 1, 1],
      ['markers', 2, 1],
    ]);
    const alliance = items.find((item) => item.theme.id === 'alliance');
    expect(alliance?.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(alliance?.label).toBe('2 alliance events');
    expect(items.find((item) => item.theme.id === 'markers')?.label).toBe('Event m');
  });

  test.each([
    ['a wide plot', 1200],
    ['a tablet', 640],
    ['a phone', 260],
  ])('on %s no two buttons or labels of one row overlap', (_name, width) => {
    const events = Array.from({ length: 40 }, (_, i) =>
      event(
        `e${i}`,
        `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
        'meeting',
      ),
    ).filter((e) => !Number.isNaN(dateToX(e.start)));
    const ranges = [
      event('r1', '2023-02-01', 'intervention', ['hubs'], '2023-06-30'),
      event('r2', '2023-04-01', 'intervention', ['hubs'], '2023-09-30'),
    ];
    const { items } = stripLayout(mergeEvents([...events, ...ranges], window), domain, width, 24);
    const placed = boxes(items);
    for (const a of placed)
      for (const b of placed)
        if (a !== b && a.row === b.row)
          expect(a.right <= b.left || b.right <= a.left, `${a.key} ${b.key}`).toBe(true);
    // Overlapping periods of one theme take two rows.
    expect(new Set(items.filter((item) => item.theme.id === 'hubs').map((item) => item.row)).size).toBe(2);
  });

  test('a label gets the room to the next button, or none when there is too little for a readable stub', () => {
    const merged = mergeEvents(
      [event('a', '2023-03-01', 'campaign'), event('b', '2023-04-15', 'campaign')],
      window,
    );
    const [first, second] = stripLayout(merged, domain, 1000).items;
    expect(first?.labelWidth).toBeGreaterThanOrEqual(MIN_LABEL);
    expect(second?.labelWidth).toBeGreaterThan(first?.labelWidth ?? 0);
    // 61 px apart: room for a stub of four letters, which is not shown.
    const tight = stripLayout(merged, domain, 500).items;
    expect(tight).toHaveLength(2);
    expect(tight[0]?.labelWidth).toBe(0);
  });

  test('a period is a band with its span to light up; a short period is a dated button', () => {
    const merged = mergeEvents(
      [
        event('long', '2023-02-01', 'campaign', [], '2023-05-31'),
        event('month', '2023-08-01', 'campaign', [], '2023-08-31'),
      ],
      window,
    );
    const { items } = stripLayout(merged, domain, 200);
    const long = items.find((item) => item.events[0]?.id === 'long');
    const month = items.find((item) => item.events[0]?.id === 'month');
    expect(long?.width).toBeGreaterThan(TARGET);
    expect(long?.spans).toEqual([[dateToX('2023-02-01'), dateToX('2023-06-01')]]);
    expect(month?.width).toBe(0);
  });

  test('a planned event says so in its label', () => {
    const planned = { ...event('p', '2023-05-01', 'campaign'), status: 'planned' } as TimelineEvent;
    const { items } = stripLayout(mergeEvents([planned], window), domain, 600);
    expect(items[0]?.label).toBe('Planned: Event p');
  });

  test.each([
    ['a dated event', 'curated:day', [dateToX('2023-03-01'), dateToX('2023-03-01')]],
    [
      'a period, to the end of its last day',
      'curated:period',
      [dateToX('2023-02-01'), dateToX('2023-06-01')],
    ],
    ['a marker', 'marker:m', [dateToX('2023-06-01'), dateToX('2023-06-01')]],
    ['an event the chart does not have', 'curated:elsewhere', null],
  ])('pointing at %s from a list finds its span to light up', (_name, key, span) => {
    const merged = mergeEvents(
      [
        event('day', '2023-03-01', 'campaign'),
        event('period', '2023-02-01', 'campaign', [], '2023-05-31'),
        marker('m', '2023-06-01'),
      ],
      window,
    );
    expect(findEventSpan(merged, key)).toEqual(span);
    if (span)
      expect(
        stripLayout(merged, domain, 600).items.some((item) => item.events.some((e) => eventKey(e) === key)),
      ).toBe(true);
  });
});
