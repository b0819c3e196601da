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

/** One button of the event lane: a date's events or one band, placed in percent of the plot's width. */
export interface LaneItem {
  key: string;
  kind: EventKind;
  events: TimelineEvent[];
  /** The dates the item stands for, for its label. */
  start: string;
  end: string | null;
  left: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  row: number;
}

/** Points closer than this (percent of the width) would overlap; the later one moves to the next row. */
const POINT_GAP = 2.2;

function placeInRows(items: Omit<LaneItem, 'row'>[], firstRow: number, gap: number): LaneItem[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => item.left >= end + gap);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = item.left + item.width;
    return { ...item, row: firstRow + row };
  });
}

/**
 * Lays out merged events as lane items: points in the top rows, bands below them, each row free of overlaps.
 * Returns the items and the number of rows used.
 */
export function laneLayout(
  merged: MergedEvents,
  domain: readonly [number, number],
): { items: LaneItem[]; rows: number } {
  const points = placeInRows(
    merged.points.map((point) => ({
      key: `point:${point.date}`,
      kind: kindOf(point.events),
      events: point.events,
      start: point.date,
      end: null,
      left: percentAlong(dateToX(point.date), domain),
      width: 0,
      clippedStart: false,
      clippedEnd: false,
    })),
    0,
    POINT_GAP,
  );
  const pointRows = points.reduce((rows, item) => Math.max(rows, item.row + 1), 0);
  const bands = placeInRows(
    merged.bands.map((band) => {
      const left = percentAlong(dateToX(band.start), domain);
      return {
        key: `band:${band.event.origin}:${band.event.id}`,
        kind: kindOf([band.event]),
        events: [band.event],
        start: band.event.start,
        end: band.event.end,
        left,
        width: Math.max(percentAlong(bandEndX(band.end), domain) - left, 0.8),
        clippedStart: band.clippedStart,
        clippedEnd: band.clippedEnd,
      };
    }),
    pointRows,
    0.3,
  );
  const items = [...points, ...bands];
  return { items, rows: items.reduce((rows, item) => Math.max(rows, item.row + 1), 0) };
}
