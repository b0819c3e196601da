import type { TimelineEvent } from '../../timeline/event';

const DAY = 86_400_000;

/** A chart's x value for an ISO date: UTC midnight, the same clock the periods' midpoints use. */
export function dateToX(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** A band covers its last day too, so it ends at the following midnight. */
export function bandEndX(iso: string): number {
  return dateToX(iso) + DAY;
}

/** Where x lies along the axis, as a percentage of the plot's width, kept inside 0–100. */
export function percentAlong(x: number, domain: readonly [number, number]): number {
  const span = domain[1] - domain[0];
  if (span <= 0) return 0;
  return Math.min(100, Math.max(0, ((x - domain[0]) / span) * 100));
}

export type EventKind = 'curated' | 'marker' | 'mixed';

/** Whether a group of events holds curated events, members' markers or both: they are drawn differently. */
export function kindOf(events: readonly Pick<TimelineEvent, 'origin'>[]): EventKind {
  const markers = events.filter((event) => event.origin === 'marker').length;
  return markers === 0 ? 'curated' : markers === events.length ? 'marker' : 'mixed';
}
