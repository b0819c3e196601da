import { useEffect, useId, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { MergedEvents } from '../../timeline/merge-events';
import { EventFacts, formatEventDate } from './event-details';
import { eventKey, isPlanned, stripLayout, type StripItem } from './strip-layout';
import { ThemeSymbol } from './theme-symbol';
import { PLOT_INSET_LEFT, PLOT_INSET_RIGHT } from '../../charts/time-series-chart';
import { useElementWidth } from '../../charts/use-element-width';
import './event-lane.css';

export interface EventLaneProps {
  merged: MergedEvents;
  /** The chart's x domain (ms), so the strip shares its time axis. */
  domain: readonly [number, number];
  /** Called with the days or periods to light up on the chart while an item is hovered or focused. */
  onHighlight?: (spans: readonly [number, number][] | null) => void;
  /**
   * An event pointed at elsewhere (`origin:id`): from a mark on the chart its details open (`open`), from a list
   * beside the chart its button is only marked, since the list already gives the details.
   */
  pointed?: LanePointer | null;
}

export interface LanePointer {
  key: string;
  open: boolean;
}

/** Pixels per row of the strip: a 24 px button and a little air. */
export const ROW_HEIGHT = 30;

function itemDate(item: StripItem): string {
  const dates = [...new Set(item.events.map((event) => formatEventDate(event)))];
  return dates.length > 2 ? `${dates[0]} to ${dates.at(-1)}` : dates.join(' and ');
}

function itemName(item: StripItem): string {
  const [first] = item.events;
  const what =
    item.events.length === 1 && first
      ? `${isPlanned(first) ? 'Planned: ' : ''}${first.title}`
      : `${item.events.length} ${item.theme.noun[1]}`;
  return `${item.theme.label}, ${itemDate(item)}: ${what}`;
}

/**
 * The chart's events as a strip of labelled buttons under the plot, one row per theme, at the dates of the
 * chart's axis. Hover or keyboard focus opens the events' details and lights them up on the chart; Escape closes.
 */
export function EventLane({ merged, domain, onHighlight, pointed = null }: EventLaneProps) {
  const id = useId();
  const [box, width] = useElementWidth<HTMLDivElement>();
  const plotWidth = Math.max(0, width - PLOT_INSET_LEFT - PLOT_INSET_RIGHT);
  const layout = useMemo(
    () => stripLayout(merged, domain, plotWidth, PLOT_INSET_RIGHT),
    [merged, domain, plotWidth],
  );
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const pointedItem = pointed
    ? layout.items.find((item) => item.events.some((event) => eventKey(event) === pointed.key))
    : undefined;
  // A mark on the chart opens its details while pointed at, until Escape dismisses them.
  // Pointing again makes a new pointer, which opens again.
  const [dismissed, setDismissed] = useState<LanePointer | null>(null);
  const pointedOpen = pointed?.open && pointed !== dismissed ? (pointedItem?.key ?? null) : null;
  const open = hovered ?? focused ?? pointedOpen;
  const openItem = layout.items.find((item) => item.key === open);

  useEffect(() => onHighlight?.(openItem ? openItem.spans : null), [openItem, onHighlight]);
  // Content shown on hover must be dismissable without moving the pointer (WCAG 1.4.13), wherever focus is.
  useEffect(() => {
    if (hovered === null && pointedOpen === null) return;
    const dismiss = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setHovered(null);
      setDismissed(pointed);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [hovered, pointedOpen, pointed]);
  const keys = (event: KeyboardEvent<HTMLLIElement>) => {
    // Left and right arrows step along the strip's buttons in order (Tab also visits the open details' links).
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      const buttons = [...(box.current?.querySelectorAll<HTMLButtonElement>('.lane-item > button') ?? [])];
      const at = buttons.findIndex((button) => button.parentElement === event.currentTarget);
      const next = buttons[at + (event.key === 'ArrowRight' ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (event.key !== 'Escape' || open === null) return;
    event.stopPropagation();
    setHovered(null);
    setFocused(null);
    event.currentTarget.querySelector('button')?.focus();
  };
  const leave = (key: string) => (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget))
      setFocused((current) => (current === key ? null : current));
  };
  const height = layout.rows.reduce((sum, row) => sum + row.count, 0) * ROW_HEIGHT;

  return (
    <div ref={box} className="event-strip">
      {layout.items.length === 0 ? (
        <p className="event-lane-empty">No events of the themes shown fall in this period for this area.</p>
      ) : (
        <div className="strip-body" style={{ height }}>
          {layout.rows.map((row) => (
            <div
              key={row.theme.id}
              className="strip-row"
              style={{ top: row.first * ROW_HEIGHT, height: row.count * ROW_HEIGHT }}
            >
              <span className="strip-row-label" style={{ width: PLOT_INSET_LEFT - 6 }} aria-hidden="true">
                {row.theme.short}
              </span>
              <ul
                aria-label={row.theme.label}
                style={{ left: PLOT_INSET_LEFT, right: PLOT_INSET_RIGHT }}
                data-theme={row.theme.id}
              >
                {layout.items
                  .filter((item) => item.theme.id === row.theme.id)
                  .map((item, index) => {
                    const popover = `${id}-${row.theme.id}-${index}`;
                    const isOpen = open === item.key;
                    const isPointed = !isOpen && pointedItem?.key === item.key;
                    const band = item.width > 0;
                    const planned = item.events.every(isPlanned);
                    return (
                      <li
                        key={item.key}
                        className={`lane-item strip-${band ? 'band' : 'point'}${isOpen ? ' lane-open' : ''}${isPointed ? ' lane-pointed' : ''}`}
                        style={{
                          left: band ? item.x : item.x - 12,
                          top: (item.row - row.first) * ROW_HEIGHT,
                          width: band ? item.width : undefined,
                          ['--theme' as string]: item.theme.colour,
                        }}
                        data-date={item.events[0]?.start}
                        data-dates={[...new Set(item.events.map((event) => event.start))].join(' ')}
                        data-origin={item.theme.id === 'markers' ? 'marker' : 'curated'}
                        data-events={item.events.map(eventKey).join(' ')}
                        data-count={item.events.length}
                        onMouseEnter={() => setHovered(item.key)}
                        onMouseLeave={() => setHovered(null)}
                        onFocus={() => setFocused(item.key)}
                        onBlur={leave(item.key)}
                        onKeyDown={keys}
                      >
                        <button
                          type="button"
                          aria-label={itemName(item)}
                          aria-expanded={isOpen}
                          aria-controls={isOpen ? popover : undefined}
                          onClick={() =>
                            setFocused((current) =>
                              current === item.key && hovered === null ? null : item.key,
                            )
                          }
                        >
                          {!band && (
                            <ThemeSymbol
                              shape={item.theme.symbol}
                              colour={item.theme.colour}
                              hollow={planned}
                            />
                          )}
                          {item.labelWidth > 0 && (
                            <span className="strip-label" style={{ maxWidth: item.labelWidth }}>
                              {item.clippedStart ? '‹ ' : ''}
                              {item.label}
                            </span>
                          )}
                        </button>
                        {isOpen && <ItemPopover id={popover} item={item} toLeft={item.x > plotWidth / 2} />}
                      </li>
                    );
                  })}
              </ul>
            </div>
          ))}
        </div>
      )}
      <MarkerTitles merged={merged} />
    </div>
  );
}

/** A member's markers by title, not only as symbols: the strip's labels may be cut short or grouped. */
function MarkerTitles({ merged }: { merged: MergedEvents }) {
  const markers = [
    ...merged.points.flatMap((point) => point.events),
    ...merged.bands.map((band) => band.event),
  ].filter((event) => event.origin === 'marker');
  if (markers.length === 0) return null;
  markers.sort((a, b) => a.start.localeCompare(b.start));
  return (
    <div className="strip-markers">
      <strong>Your markers on this chart:</strong>{' '}
      <ul aria-label="Your markers on this chart">
        {markers.map((marker) => (
          <li key={marker.id} data-marker-id={marker.id}>
            {marker.title} ({formatEventDate(marker)}){isPlanned(marker) && ', planned'}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ItemPopover({ id, item, toLeft }: { id: string; item: StripItem; toLeft: boolean }) {
  return (
    <div
      id={id}
      className={`lane-popover${toLeft ? ' lane-popover-left' : ''}`}
      role="group"
      aria-label={itemName(item)}
    >
      <p className="lane-popover-head">
        {item.theme.label} · {item.events.length === 1 ? '1 event' : `${item.events.length} events`}
        {item.clippedStart && ' · began before this chart'}
        {item.clippedEnd && ' · continues after this chart'}
      </p>
      <ul>
        {item.events.map((event) => (
          <li key={`${event.origin}:${event.id}`}>
            <strong>{event.title}</strong>
            {isPlanned(event) && <span className="lane-origin"> planned</span>}
            <EventFacts event={event} />
          </li>
        ))}
      </ul>
    </div>
  );
}
