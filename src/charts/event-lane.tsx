import { useEffect, useId, useMemo, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { MergedEvents } from '../timeline/merge-events';
import { EventFacts, formatEventDate, originLabel, statusSuffix } from './event-details';
import { laneLayout, type LaneItem } from './event-geometry';
import { EVENT_STYLES } from './event-layer';
import { PLOT_INSET_LEFT, PLOT_INSET_RIGHT } from './time-series-chart';
import './event-lane.css';

export interface EventLaneProps {
  merged: MergedEvents;
  /** The chart's x domain (ms), so the lane shares its time axis. */
  domain: readonly [number, number];
}

function itemDate(item: LaneItem): string {
  const [first] = item.events;
  if (item.last)
    return `${formatEventDate({ start: item.start, end: null, precision: 'day' })} to ${formatEventDate({ start: item.last, end: null, precision: 'day' })}`;
  return item.end === null || !first
    ? formatEventDate({ start: item.start, end: null, precision: 'day' })
    : formatEventDate(first);
}

function itemName(item: LaneItem): string {
  const count = item.events.length;
  const first = item.events[0];
  const what =
    count === 1 && first
      ? `${first.title}${statusSuffix(first.status)} (${originLabel(first).toLowerCase()})`
      : `${count} events`;
  return `${itemDate(item)}: ${what}`;
}

function itemText(item: LaneItem): string {
  // A narrow band has no room for words; its button still names the event to screen readers and on hover.
  if (item.width > 0)
    return item.width < 8
      ? item.clippedStart
        ? '‹'
        : ''
      : `${item.clippedStart ? '‹ ' : ''}${item.events[0]?.title ?? ''}`;
  const count = item.events.length;
  if (item.kind === 'curated') return count > 1 ? String(count) : '◆';
  return count > 1 ? `M${count}` : 'M';
}

/**
 * The chart's events as buttons on a strip under the plot, at the same horizontal positions as their lines.
 * Hover or keyboard focus opens a list of the events; Escape closes it.
 */
export function EventLane({ merged, domain }: EventLaneProps) {
  const id = useId();
  const layout = useMemo(() => laneLayout(merged, domain), [merged, domain]);
  const items = useMemo(() => [...layout.items].sort((a, b) => a.start.localeCompare(b.start)), [layout]);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const open = hovered ?? focused;

  const close = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.key !== 'Escape' || open === null) return;
    event.stopPropagation();
    setHovered(null);
    setFocused(null);
    event.currentTarget.querySelector('button')?.focus();
  };
  // Content shown on hover must be dismissable without moving the pointer (WCAG 1.4.13), wherever focus is.
  useEffect(() => {
    if (hovered === null) return;
    const dismiss = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setHovered(null);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [hovered]);
  const leave = (key: string) => (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget))
      setFocused((current) => (current === key ? null : current));
  };

  return (
    <section className="event-lane-wrap" aria-label="Events on this chart">
      {items.length === 0 ? (
        <p className="event-lane-empty">No alliance events or markers fall in this period for this area.</p>
      ) : (
        <ul
          className="event-lane"
          style={{
            marginLeft: PLOT_INSET_LEFT,
            marginRight: PLOT_INSET_RIGHT,
            height: `${layout.rows * 1.7}rem`,
          }}
        >
          {items.map((item, index) => {
            const popover = `${id}-${index}`;
            const isOpen = open === item.key;
            return (
              <li
                key={item.key}
                className={`lane-item lane-${item.width > 0 ? 'band' : 'point'} lane-${item.kind}${item.events.every((e) => e.status === 'planned') ? ' lane-planned' : ''}${isOpen ? ' lane-open' : ''}`}
                style={{
                  left: `${item.left}%`,
                  top: `${item.row * 1.7}rem`,
                  width: item.width > 0 ? `${item.width}%` : undefined,
                }}
                data-date={item.start}
                data-dates={[...new Set(item.events.map((event) => event.start))].join(' ')}
                onMouseEnter={() => setHovered(item.key)}
                onMouseLeave={() => setHovered(null)}
                onFocus={() => setFocused(item.key)}
                onBlur={leave(item.key)}
                onKeyDown={close}
              >
                <button
                  type="button"
                  aria-label={itemName(item)}
                  aria-expanded={isOpen}
                  aria-controls={isOpen ? popover : undefined}
                  onClick={() =>
                    setFocused((current) => (current === item.key && hovered === null ? null : item.key))
                  }
                >
                  {itemText(item)}
                </button>
                {isOpen && (
                  <div
                    id={popover}
                    className={`lane-popover${item.left > 55 ? ' lane-popover-left' : ''}`}
                    role="group"
                    aria-label={itemName(item)}
                  >
                    <p className="lane-popover-head">
                      {itemDate(item)} ·{' '}
                      {item.events.length === 1 ? '1 event' : `${item.events.length} events`}
                      {item.clippedStart && ' · began before this chart'}
                      {item.clippedEnd && ' · continues after this chart'}
                    </p>
                    <ul>
                      {item.events.map((event) => (
                        <li key={`${event.origin}:${event.id}`}>
                          <strong>
                            {event.title}
                            {statusSuffix(event.status)}
                          </strong>{' '}
                          <span className="lane-origin">{originLabel(event)}</span>
                          <EventFacts event={event} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <EventKey />
    </section>
  );
}

/** What the lines, labels and bands mean, in words and line patterns rather than colour alone. */
function EventKey() {
  const swatch = (style: (typeof EVENT_STYLES)['curated']) => (
    <svg width="12" height="16" aria-hidden="true">
      <line
        x1="6"
        y1="0"
        x2="6"
        y2="16"
        stroke={style.colour}
        strokeWidth={style.width}
        strokeDasharray={style.dash}
      />
    </svg>
  );
  return (
    <p className="event-key">
      <span>{swatch(EVENT_STYLES.curated)} solid line, ◆ or a count: alliance or DfE event</span>
      <span>{swatch(EVENT_STYLES.marker)} dashed line, M: your marker</span>
      <span>
        <span className="event-key-band" aria-hidden="true" /> shaded band: an event over a period (‹ it began
        before the chart)
      </span>
    </p>
  );
}
