import { describe, expect, test } from 'vitest';
import { curatedEvents } from '../../src/timeline/curated-events';
import type { EventType, TimelineEvent } from '../../src/timeline/event';
import {
  parseThemesOff,
  serialiseThemesOff,
  themeIdOf,
  withoutThemes,
  type EventThemeId,
} from '../../src/timeline/event-themes';
import { mergeEvents } from '../../src/timeline/merge-events';

const of = (type: EventType, tags: string[], origin: 'curated' | 'marker' = 'curated') => ({
  type,
  tags,
  origin,
});

describe('event themes', () => {
  test.each([
    [of('campaign', ['comms']), 'campaigns'],
    [of('action', ['back-to-school', 'comms']), 'campaigns'],
    [of('intervention', ['hubs']), 'hubs'],
    [of('intervention', ['hubs', 'mentors']), 'hubs'],
    [of('funding', ['mentors']), 'mentors'],
    [of('guidance', ['statutory-guidance', 'daily-data']), 'guidance'],
    [of('intervention', ['penalty-notices']), 'guidance'],
    [of('meeting', ['campaign', 'comms']), 'alliance'],
    [of('pledge', ['trusts']), 'alliance'],
    [of('data-release', ['annual-statistics']), 'funding-data'],
    [of('intervention', ['daily-data']), 'funding-data'],
    [of('campaign', ['comms'], 'marker'), 'markers'],
  ] as const)('%o belongs to %s', (event, theme) => {
    expect(themeIdOf(event)).toBe(theme);
  });

  test('every curated event has a theme and every theme but markers has curated events', () => {
    const themes = new Set(curatedEvents.map(themeIdOf));
    expect([...themes].sort()).toEqual([
      'alliance',
      'campaigns',
      'funding-data',
      'guidance',
      'hubs',
      'mentors',
    ]);
  });

  test.each([
    [undefined, []],
    ['', []],
    ['alliance', ['alliance']],
    ['funding-data.alliance', ['alliance', 'funding-data']],
    ['alliance.nonsense.<script>', ['alliance']],
  ] as const)('the URL value %s switches off %o', (value, ids) => {
    const off = parseThemesOff(value);
    expect([...off].sort()).toEqual([...ids].sort());
    expect(serialiseThemesOff(off)).toBe(ids.length ? [...ids].sort().join('.') : null);
  });

  test('switching a theme off leaves out its events and any date left empty', () => {
    const event = (id: string, type: EventType, start: string) =>
      ({
        id,
        type,
        tags: [],
        origin: 'curated',
        start,
        end: null,
        precision: 'day',
      }) as unknown as TimelineEvent;
    const merged = mergeEvents(
      [
        event('m', 'meeting', '2023-01-05'),
        event('c', 'campaign', '2023-01-05'),
        event('x', 'meeting', '2023-02-01'),
      ],
      { start: '2023-01-01', end: '2023-12-31' },
    );
    const left = withoutThemes(merged, new Set<EventThemeId>(['alliance']));
    expect(left.points.map((p) => [p.date, p.events.map((e) => e.id)])).toEqual([['2023-01-05', ['c']]]);
  });
});
