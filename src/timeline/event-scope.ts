import { ENGLAND_CODE, type TimelineEvent } from './event';

export type AreaLevel = 'national' | 'regional' | 'local-authority';

/** The area a chart shows. An LA chart may carry its region code; otherwise the lookup supplies it. */
export interface ChartArea {
  level: AreaLevel;
  code: string;
  regionCode?: string;
}

/** Local authority code (new_la_code) → region code, as in the EES attendance files. */
export type LaRegionLookup = ReadonlyMap<string, string>;

type Scoped = Pick<TimelineEvent, 'areaCodes'>;

/** England-wide events reach every chart. A marker that names no area is about the country as a whole. */
export function isEnglandWide(event: Scoped): boolean {
  return event.areaCodes.length === 0 || event.areaCodes.includes(ENGLAND_CODE);
}

/**
 * Whether an event belongs on a chart of `area`. A chart shows events of the areas that contain it and of the
 * areas it contains, never those of its neighbours:
 * - national: England-wide events and those of any English area (codes starting with E);
 * - regional: England-wide, the region's own and those of its local authorities;
 * - local authority: England-wide, its region's region-wide events and its own.
 */
export function eventInArea(event: Scoped, area: ChartArea, laToRegion: LaRegionLookup): boolean {
  if (isEnglandWide(event)) return true;
  switch (area.level) {
    case 'national':
      return event.areaCodes.some((code) => code.startsWith('E'));
    case 'regional':
      return event.areaCodes.some((code) => code === area.code || laToRegion.get(code) === area.code);
    case 'local-authority': {
      const region = area.regionCode ?? laToRegion.get(area.code);
      return event.areaCodes.some((code) => code === area.code || (region !== undefined && code === region));
    }
  }
}

/**
 * Whether an event concerns the whole of `area`, so that a change in the area's figure could carry it: England-wide
 * events, the area's own, and for an authority its region's. Events of areas inside it (an authority's event on
 * England's chart) are drawn on the chart but are not listed as sharing in the area's change.
 */
export function eventConcernsArea(event: Scoped, area: ChartArea, laToRegion: LaRegionLookup): boolean {
  if (isEnglandWide(event) || event.areaCodes.includes(area.code)) return true;
  if (area.level !== 'local-authority') return false;
  const region = area.regionCode ?? laToRegion.get(area.code);
  return region !== undefined && event.areaCodes.includes(region);
}

/** The events to draw on a chart of `area`, in their original order. */
export function eventsForArea<T extends Scoped>(
  events: readonly T[],
  area: ChartArea,
  laToRegion: LaRegionLookup,
): T[] {
  return events.filter((event) => eventInArea(event, area, laToRegion));
}
