import type { TimelineEvent } from '../timeline/event';
import type { MergedEvents } from '../timeline/merge-events';

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

/** One button of the event lane: a date's (or a few close dates') events or one band, placed in percent of the plot's width. */
export interface LaneItem {
  key: string;
  kind: EventKind;
  events: TimelineEvent[];
  /** The dates the item stands for, for its label; `last` is the latest date of a cluster of close points. */
  start: string;
  end: string | null;
  last: string | null;
  left: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  row: number;
}

/**
 * Points (and bands too narrow to read) closer than this share one button, so every button keeps its 24 px target
 * (WCAG 2.5.8) on a plot of about 600 px; its list names each event and date.
 */
export const CLUSTER_GAP = 4;

function placeInRows(items: Omit<LaneItem, 'row'>[], firstRow: number, gap: number): LaneItem[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => item.left >= end + gap);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = item.left + item.width;
    return { ...item, row: firstRow + row };
  });
}

interface Spot {
  date: string;
  left: number;
  events: TimelineEvent[];
  clippedStart: boolean;
}

/** Close spots become one item placed at the first of them. */
function cluster(spots: Spot[]): Omit<LaneItem, 'row'>[] {
  const sorted = [...spots].sort((a, b) => a.left - b.left || a.date.localeCompare(b.date));
  const groups: Spot[][] = [];
  for (const spot of sorted) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && spot.left - first.left < CLUSTER_GAP) group.push(spot);
    else groups.push([spot]);
  }
  return groups.map((group) => {
    const first = group[0] as Spot;
    const last = group.at(-1) as Spot;
    const events = group.flatMap((spot) => spot.events);
    return {
      key: `point:${first.date}`,
      kind: kindOf(events),
      events,
      start: first.date,
      end: null,
      last: last.date !== first.date ? last.date : null,
      left: first.left,
      width: 0,
      clippedStart: group.some((spot) => spot.clippedStart),
      clippedEnd: false,
    };
  });
}

/**
 * Lays out merged events as lane items: points (and narrow bands) clustered in the top row, readable bands below
 * them, each row free of overlaps. Returns the items and the number of rows used.
 */
export function laneLayout(
  merged: MergedEvents,
  domain: readonly [number, number],
): { items: LaneItem[]; rows: number } {
  const spots: Spot[] = merged.points.map((point) => ({
    date: point.date,
    left: percentAlong(dateToX(point.date), domain),
    events: point.events,
    clippedStart: false,
  }));
  const wide: Omit<LaneItem, 'row'>[] = [];
  for (const band of merged.bands) {
    const left = percentAlong(dateToX(band.start), domain);
    const width = percentAlong(bandEndX(band.end), domain) - left;
    if (width < CLUSTER_GAP) {
      spots.push({ date: band.start, left, events: [band.event], clippedStart: band.clippedStart });
      continue;
    }
    wide.push({
      key: `band:${band.event.origin}:${band.event.id}`,
      kind: kindOf([band.event]),
      events: [band.event],
      start: band.event.start,
      end: band.event.end,
      last: null,
      left,
      width,
      clippedStart: band.clippedStart,
      clippedEnd: band.clippedEnd,
    });
  }
  const points = placeInRows(cluster(spots), 0, CLUSTER_GAP);
  const pointRows = points.reduce((rows, item) => Math.max(rows, item.row + 1), 0);
  const bands = placeInRows(wide, pointRows, 0.3);
  const items = [...points, ...bands];
  return { items, rows: items.reduce((rows, item) => Math.max(rows, item.row + 1), 0) };
}
