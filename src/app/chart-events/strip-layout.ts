import type { TimelineEvent } from '../../timeline/event';
import { EVENT_THEMES, themeIdOf, type EventTheme } from '../../timeline/event-themes';
import type { MergedEvents } from '../../timeline/merge-events';
import { bandEndX, dateToX } from './event-geometry';

/** A button is at least 24 px wide (WCAG 2.5.8); closer events of one theme share a button. */
export const TARGET = 24;
const GAP = 4;
/** A generous width of one character of the strip's 12 px labels, so an estimate never runs into the next item. */
export const CHAR_WIDTH = 7;
/** A label is shown only with room for about eight characters: a stub such as "P…" says nothing, the symbol does. */
export const MIN_LABEL = 8 * CHAR_WIDTH;

/** One button of the strip: a close group of one theme's dated events, or one event over a period. */
export interface StripItem {
  key: string;
  theme: EventTheme;
  events: TimelineEvent[];
  /** For a band, its left edge; for a point, its centre; pixels from the plot's left edge. */
  x: number;
  /** 0 for a point. */
  width: number;
  /** The text shown beside a point or inside a band, and the pixels it may take (0: no room, symbol only). */
  label: string;
  labelWidth: number;
  row: number;
  clippedStart: boolean;
  clippedEnd: boolean;
  /** What to light up on the chart: each event's day or period, as x values (ms). */
  spans: [number, number][];
}

export interface StripRow {
  theme: EventTheme;
  first: number;
  count: number;
}

export interface StripLayout {
  items: StripItem[];
  rows: StripRow[];
}

interface Piece {
  events: TimelineEvent[];
  x: number;
  width: number;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The day or period an event covers, as x values (ms): what the chart lights up for it. */
export const eventSpan = (event: Pick<TimelineEvent, 'start' | 'end'>): [number, number] =>
  event.end && event.end > event.start
    ? [dateToX(event.start), bandEndX(event.end)]
    : [dateToX(event.start), dateToX(event.start)];

/** How an event is named when something other than the strip points at it (a mark on the chart, a list). */
export const eventKey = (event: Pick<TimelineEvent, 'origin' | 'id'>): string =>
  `${event.origin}:${event.id}`;

/** The span to light up for the event of `key` among a chart's events; null when the chart does not have it. */
export function findEventSpan(merged: MergedEvents, key: string): [number, number] | null {
  const band = merged.bands.find((b) => eventKey(b.event) === key);
  if (band) return eventSpan(band.event);
  const event = merged.points.flatMap((point) => point.events).find((e) => eventKey(e) === key);
  return event ? eventSpan(event) : null;
}

export function isPlanned(event: TimelineEvent): boolean {
  // The status field arrives with the analysis helper's change; read it without relying on it.
  return (event as { status?: unknown }).status === 'planned';
}

function labelOf(theme: EventTheme, events: readonly TimelineEvent[]): string {
  const [first] = events;
  if (events.length === 1 && first) return `${isPlanned(first) ? 'Planned: ' : ''}${first.title}`;
  return `${events.length} ${theme.noun[1]}`;
}

/** Dated events closer than a button's width share one, placed at the first of them. */
function clusterPoints(points: Piece[]): Piece[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const groups: Piece[] = [];
  for (const point of sorted) {
    const group = groups.at(-1);
    if (group && point.x - group.x < TARGET + GAP) {
      group.events.push(...point.events);
      group.clippedStart ||= point.clippedStart;
    } else groups.push({ ...point, events: [...point.events] });
  }
  return groups;
}

const leftOf = (piece: Piece) => (piece.width > 0 ? piece.x : piece.x - TARGET / 2);
const rightOf = (piece: Piece) => (piece.width > 0 ? piece.x + piece.width : piece.x + TARGET / 2);

/** Each piece goes in the first sub-row where it clears the piece before it. */
function placeInRows(pieces: Piece[]): Piece[][] {
  const rows: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => leftOf(a) - leftOf(b))) {
    const row = rows.find((r) => {
      const last = r.at(-1);
      return !last || leftOf(piece) >= rightOf(last) + GAP;
    });
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  return rows;
}

/**
 * Lays out a chart's events as a strip under the plot: one row (or more, where periods overlap) per theme in a
 * fixed order, each button at its date on the chart's x axis. A label is given only the room up to the next
 * button of its row, so no two labels or buttons ever overprint; `rightRoom` is how far a label may run past the
 * plot's right edge.
 */
export function stripLayout(
  merged: MergedEvents,
  domain: readonly [number, number],
  plotWidth: number,
  rightRoom = 0,
): StripLayout {
  const span = domain[1] - domain[0];
  const toPx = (x: number) => (span > 0 ? ((x - domain[0]) / span) * plotWidth : 0);
  const clampPoint = (x: number) => Math.min(plotWidth - TARGET / 2, Math.max(TARGET / 2, x));
  const byTheme = new Map<string, { points: Piece[]; bands: Piece[] }>();
  const bucket = (event: TimelineEvent) => {
    const id = themeIdOf(event);
    const found = byTheme.get(id) ?? { points: [], bands: [] };
    byTheme.set(id, found);
    return found;
  };
  for (const point of merged.points)
    for (const event of point.events)
      bucket(event).points.push({
        events: [event],
        x: clampPoint(toPx(dateToX(point.date))),
        width: 0,
        clippedStart: false,
        clippedEnd: false,
      });
  for (const band of merged.bands) {
    const from = Math.max(0, toPx(dateToX(band.start)));
    const to = Math.min(plotWidth, toPx(bandEndX(band.end)));
    const piece = { events: [band.event], clippedStart: band.clippedStart, clippedEnd: band.clippedEnd };
    // A period too short to hold a button (a month, say) is shown as a dated button at its start.
    if (to - from < TARGET) bucket(band.event).points.push({ ...piece, x: clampPoint(from), width: 0 });
    else bucket(band.event).bands.push({ ...piece, x: from, width: to - from });
  }

  const items: StripItem[] = [];
  const rows: StripRow[] = [];
  let row = 0;
  for (const theme of EVENT_THEMES) {
    const found = byTheme.get(theme.id);
    if (!found) continue;
    const subRows = placeInRows([...clusterPoints(found.points), ...found.bands]);
    rows.push({ theme, first: row, count: subRows.length });
    for (const pieces of subRows) {
      pieces.forEach((piece, index) => {
        const next = pieces[index + 1];
        const limit = next ? leftOf(next) - GAP : plotWidth + rightRoom;
        const room = piece.width > 0 ? piece.width - 8 : limit - rightOf(piece) - 2;
        const first = piece.events[0] as TimelineEvent;
        items.push({
          key: `${theme.id}:${piece.width > 0 ? 'band' : 'point'}:${first.origin}:${first.id}`,
          theme,
          events: piece.events,
          x: piece.x,
          width: piece.width,
          label: labelOf(theme, piece.events),
          labelWidth: room >= MIN_LABEL ? Math.floor(room) : 0,
          row,
          clippedStart: piece.clippedStart,
          clippedEnd: piece.clippedEnd,
          spans: piece.events.map(eventSpan),
        });
      });
      row += 1;
    }
  }
  return { items, rows };
}
