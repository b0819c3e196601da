import { describe, expect, test } from 'vitest';
import { filterEvents, readFilters, type EventFilters } from '../../../src/app/timeline-view/event-filters';
import type { TimelineEvent } from '../../../src/timeline/event';

function event(id: string, extra: Partial<TimelineEvent>): TimelineEvent {
  return {
    id,
    start: '2023-01-01',
    end: null,
    precision: 'day',
    type: 'meeting',
    title: id,
    organisation: 'Alliance',
    scope: [],
    areaCodes: ['E92000001'],
    tags: [],
    description: '',
    source: '',
    confidence: 'seed',
    status: 'happened',
    origin: 'curated',
    ...extra,
  };
}

const events = [
  event('meeting', {}),
  event('pledge', { type: 'pledge', organisation: 'Police', confidence: 'likely' }),
  event('manchester', { areaCodes: ['E08000003'], confidence: 'verified' }),
  event('stockton', { areaCodes: ['E06000004'] }),
  event('mine', { origin: 'marker', areaCodes: [] }),
];
const laToRegion = new Map([
  ['E08000003', 'E12000002'],
  ['E06000004', 'E12000001'],
]);
const none: EventFilters = { type: '', organisation: '', area: '', confidence: '', origin: '' };

describe('timeline filters', () => {
  test.each([
    [{}, ['meeting', 'pledge', 'manchester', 'stockton', 'mine']],
    [{ type: 'pledge' }, ['pledge']],
    [{ organisation: 'Police' }, ['pledge']],
    [{ confidence: 'likely' }, ['pledge']],
    [{ origin: 'marker' }, ['mine']],
    [{ area: 'E92000001' }, ['meeting', 'pledge', 'mine']],
    [{ area: 'E12000002' }, ['manchester']],
    [{ area: 'E06000004' }, ['stockton']],
    [{ type: 'meeting', area: 'E12000001' }, ['stockton']],
  ])('%j keeps %j', (filters, ids) => {
    expect(filterEvents(events, { ...none, ...filters }, laToRegion).map((e) => e.id)).toEqual(ids);
  });

  test('filters are read from tl. keys of the URL', () => {
    expect(readFilters({ 'tl.type': 'pledge', 'tl.org': 'Police', 'tl.area': 'E12000002', ds: 'x' })).toEqual(
      {
        ...none,
        type: 'pledge',
        organisation: 'Police',
        area: 'E12000002',
      },
    );
  });
});
