import { expect, test } from 'vitest';
import { leftOutAreas } from '../../../../src/app/briefing/before-after/comparison-areas';
import { curatedEvents } from '../../../../src/timeline/curated-events';

const gm = curatedEvents.find((event) => event.id === '2024-05-21-gm-local-alliance');
const HUBS_AND_MENTORS = 'named by “Nine new attendance hubs; mentors to extend to four more areas”';
const FOUR_HUBS = 'named by “Four more attendance hubs: Nottingham, Grimsby and two in Swindon”';

// Issue #11: authorities named by events that also cover England were kept in the comparison group.
test.each([
  // [window, area code, expected reason (undefined: kept)]
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E08000011', HUBS_AND_MENTORS], // Knowsley
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E08000017', HUBS_AND_MENTORS], // Doncaster
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E06000021', HUBS_AND_MENTORS], // Stoke-on-Trent
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E06000012', FOUR_HUBS], // North East Lincolnshire
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E08000006', 'named by this event'], // Salford, in Greater Manchester
  [{ from: '2021-09-01', to: '2025-08-31' }, 'E08000012', undefined], // Liverpool: named by no event
  [{ from: '2015-09-01', to: '2019-08-31' }, 'E08000011', undefined], // Knowsley, before any event named it
] as const)('window %j: %s', (window, code, reason) => {
  if (!gm) throw new Error('the Greater Manchester event is missing from data/timeline.csv');
  expect(leftOutAreas(gm, curatedEvents, window).get(code)).toBe(reason);
});
