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

/** The events to draw on a chart of `area`, in their original order. */
export function eventsForArea<T extends Scoped>(
  events: readonly T[],
  area: ChartArea,
  laToRegion: LaRegionLookup,
): T[] {
  return events.filter((event) => eventInArea(event, area, laToRegion));
}
