import { REGIONS } from '../../data/ees/geography';
import { ENGLAND_CODE, type TimelineEvent } from '../../timeline/event';
import { isEnglandWide, type LaRegionLookup } from '../../timeline/event-scope';
import type { UrlParams } from '../url-state';
import { timelineUrl, type TimelineUrl } from '../url/timeline-url';

/** The timeline view's filters; '' means any. They live in the URL (timeline-url) so a link reopens them. */
export type EventFilters = { [K in keyof TimelineUrl]-?: string };

export function readFilters(params: UrlParams): EventFilters {
  const url = timelineUrl.parse(params);
  return {
    type: url.type ?? '',
    organisation: url.organisation ?? '',
    area: url.area ?? '',
    confidence: url.confidence ?? '',
    origin: url.origin ?? '',
  };
}

/**
 * Whether an event is about an area: England means England-wide events; a region also takes in its local
 * authorities' events. Unlike a chart, an area's list leaves out England-wide events, which would bury it.
 */
export function isAbout(
  event: Pick<TimelineEvent, 'areaCodes'>,
  code: string,
  laToRegion: LaRegionLookup,
): boolean {
  if (code === ENGLAND_CODE) return isEnglandWide(event);
  return event.areaCodes.some((c) => c === code || laToRegion.get(c) === code);
}

export function filterEvents<T extends TimelineEvent>(
  events: readonly T[],
  filters: EventFilters,
  laToRegion: LaRegionLookup,
): T[] {
  return events.filter(
    (event) =>
      (!filters.type || event.type === filters.type) &&
      (!filters.organisation || event.organisation === filters.organisation) &&
      (!filters.confidence || event.confidence === filters.confidence) &&
      (!filters.origin || event.origin === filters.origin) &&
      (!filters.area || isAbout(event, filters.area, laToRegion)),
  );
}

export interface FilterOption {
  value: string;
  label: string;
  group?: string;
}

/** Organisations and areas that occur in the events (and every region, which may hold their areas). */
export function filterChoices(events: readonly TimelineEvent[], nameOf: (code: string) => string) {
  const organisations = [...new Set(events.map((e) => e.organisation).filter((o) => o !== ''))].sort((a, b) =>
    a.localeCompare(b),
  );
  const regions = new Set(REGIONS.map((r) => r.code));
  const local = [...new Set(events.flatMap((e) => e.areaCodes))]
    .filter((code) => code !== ENGLAND_CODE && !regions.has(code))
    .map((code) => ({ value: code, label: nameOf(code), group: 'Local authorities and other areas' }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const areas: FilterOption[] = [
    { value: '', label: 'Any area', group: 'Country' },
    { value: ENGLAND_CODE, label: 'England-wide', group: 'Country' },
    ...REGIONS.map((r) => ({
      value: r.code,
      label: `${r.name} (and its local authorities)`,
      group: 'Regions',
    })),
    ...local,
  ];
  return { organisations, areas };
}
