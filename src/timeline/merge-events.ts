import type { TimelineEvent } from './event';

/** The dates a chart's x axis covers, inclusive, as ISO dates. */
export interface ChartWindow {
  start: string;
  end: string;
}

/** One marker on the axis listing every single-day event on that date. */
export interface PointMarker<T extends TimelineEvent = TimelineEvent> {
  date: string;
  events: T[];
}

/**
 * A shaded band for an event that spans days. `start`/`end` are clipped to the window; the flags say the event
 * runs on beyond the edge, so the chart can draw it open-ended rather than implying it began or ended there.
 */
export interface RangeBand<T extends TimelineEvent = TimelineEvent> {
  event: T;
  start: string;
  end: string;
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface MergedEvents<T extends TimelineEvent = TimelineEvent> {
  points: PointMarker<T>[];
  bands: RangeBand<T>[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups single-day events by date and turns ranges into bands clipped to the window. A range is kept whenever
 * it overlaps the window, even if it starts before it and ends after it.
 */
export function mergeEvents<T extends TimelineEvent>(
  events: readonly T[],
  window: ChartWindow,
): MergedEvents<T> {
  if (window.start > window.end) {
    throw new RangeError(`chart window starts (${window.start}) after it ends (${window.end})`);
  }
  const byDate = new Map<string, T[]>();
  const bands: RangeBand<T>[] = [];
  for (const event of events) {
    const { start, end } = event;
    // A month or year whose day is unknown is a band too: a point would claim a precision the sources lack.
    if (end !== null && end > start) {
      if (end < window.start || start > window.end) continue;
      bands.push({
        event,
        start: start < window.start ? window.start : start,
        end: end > window.end ? window.end : end,
        clippedStart: start < window.start,
        clippedEnd: end > window.end,
      });
    } else if (start >= window.start && start <= window.end) {
      const list = byDate.get(start);
      if (list) list.push(event);
      else byDate.set(start, [event]);
    }
  }
  const points = [...byDate.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([date, list]) => ({ date, events: list }));
  bands.sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end));
  return { points, bands };
}
