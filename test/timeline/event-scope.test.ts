import { expect, test } from 'vitest';
import { eventConcernsArea, eventsForArea, type ChartArea } from '../../src/timeline/event-scope';

// A cut of the EES geography: two North West LAs, one London LA.
const laToRegion = new Map([
  ['E08000012', 'E12000002'], // Liverpool, North West
  ['E08000003', 'E12000002'], // Manchester, North West
  ['E09000007', 'E12000007'], // Camden, London
]);

const events = [
  { id: 'england', areaCodes: ['E92000001'] },
  { id: 'england-and-wales', areaCodes: ['E92000001', 'W92000004'] },
  { id: 'no-area', areaCodes: [] },
  { id: 'wales', areaCodes: ['W92000004'] },
  { id: 'north-west', areaCodes: ['E12000002'] },
  { id: 'london', areaCodes: ['E12000007'] },
  { id: 'liverpool', areaCodes: ['E08000012'] },
  { id: 'manchester', areaCodes: ['E08000003'] },
  { id: 'camden', areaCodes: ['E09000007'] },
  { id: 'liverpool-and-camden', areaCodes: ['E08000012', 'E09000007'] },
];
const everywhere = ['england', 'england-and-wales', 'no-area'];

test.each<[string, ChartArea, string[]]>([
  [
    'England shows every English event, not Wales-only ones',
    { level: 'national', code: 'E92000001' },
    [...everywhere, 'north-west', 'london', 'liverpool', 'manchester', 'camden', 'liverpool-and-camden'],
  ],
  [
    'North West shows its own events and those of its LAs',
    { level: 'regional', code: 'E12000002' },
    [...everywhere, 'north-west', 'liverpool', 'manchester', 'liverpool-and-camden'],
  ],
  [
    'London never shows North West events',
    { level: 'regional', code: 'E12000007' },
    [...everywhere, 'london', 'camden', 'liverpool-and-camden'],
  ],
  [
    'Liverpool shows its region-wide events but not a neighbour LA',
    { level: 'local-authority', code: 'E08000012' },
    [...everywhere, 'north-west', 'liverpool', 'liverpool-and-camden'],
  ],
  [
    'an LA carrying its own region code needs no lookup',
    { level: 'local-authority', code: 'E08000003', regionCode: 'E12000002' },
    [...everywhere, 'north-west', 'manchester'],
  ],
  [
    'an LA of unknown region shows only England-wide and its own events',
    { level: 'local-authority', code: 'E06000001' },
    everywhere,
  ],
])('%s', (_case, area, expected) => {
  expect(eventsForArea(events, area, laToRegion).map((e) => e.id)).toEqual(expected);
});

// Issue #26 point 5: a change in an area's figure is listed beside the events that concern the whole area only;
// England's analysis leaves out Liverpool's or London's events.
test.each<[string, ChartArea, string[]]>([
  ['England', { level: 'national', code: 'E92000001' }, everywhere],
  ['the North West', { level: 'regional', code: 'E12000002' }, [...everywhere, 'north-west']],
  [
    'Liverpool',
    { level: 'local-authority', code: 'E08000012' },
    [...everywhere, 'north-west', 'liverpool', 'liverpool-and-camden'],
  ],
])('events that concern %s', (_name, area, ids) => {
  expect(events.filter((event) => eventConcernsArea(event, area, laToRegion)).map((e) => e.id)).toEqual(ids);
});
