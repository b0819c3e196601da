import type { Marker } from '../../src/timeline/event';

/** Every field but the four a marker must have, left blank: what validateMarker fills in when a field is missing. */
export function blankMarkerFields(): Omit<Marker, 'id' | 'start' | 'type' | 'title' | 'revision'> {
  return {
    end: null,
    precision: 'day',
    organisation: '',
    scope: [],
    areaCodes: [],
    tags: [],
    description: '',
    source: '',
    confidence: 'likely',
    status: 'happened',
    origin: 'marker',
    link: null,
  };
}

/**
 * A member's marker as a test needs it: a campaign on England starting 2023-10-01, titled with its id, every other
 * field blank; `changes` replace any of that. The id is the first key, as tests find a JSON item by its id's line.
 */
export function aMarker(id: string, changes: Partial<Marker> = {}): Marker {
  return {
    id,
    start: '2023-10-01',
    type: 'campaign',
    title: id,
    ...blankMarkerFields(),
    scope: ['England'],
    areaCodes: ['E92000001'],
    ...changes,
  };
}

/** The first of a list of markers read back, failing the test when none was stored. */
export function firstMarker(markers: readonly Marker[]): Marker {
  const [marker] = markers;
  if (!marker) throw new Error('no marker stored');
  return marker;
}
