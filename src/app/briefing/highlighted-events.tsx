import { useEffect, useState } from 'react';
import { formatEventDate, statusSuffix } from '../chart-events/event-details';
import { eventKey } from '../chart-events/strip-layout';
import type { TimelineEvent } from '../../timeline/event';
import { themeOf } from './briefing-themes';

export interface HighlightedEventsProps {
  events: readonly TimelineEvent[];
  until: string;
  /** Called with the event (`origin:id`) to light up on the chart, or null. */
  onPoint: (key: string | null) => void;
}

/**
 * The events marked on the briefing chart, with their programme and date, so the marks can be read in print.
 * Hovering or focusing one lights up its date or period on the chart; pressing it keeps it lit.
 */
export function HighlightedEvents({ events, until, onPoint }: HighlightedEventsProps) {
  const shown = events.filter((event) => event.start <= until);
  const [hovered, setHovered] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [kept, setKept] = useState<string | null>(null);
  const pointed = hovered ?? focused ?? kept;
  useEffect(() => onPoint(pointed), [pointed, onPoint]);
  return (
    <section aria-labelledby="highlighted-title" className="event-key">
      <h3 id="highlighted-title">Marked on the chart</h3>
      <p className="event-key-hint">Point at or press an event to light it up on the chart.</p>
      <ol className="highlighted-events">
        {shown.map((event) => {
          const key = eventKey(event);
          return (
            <li key={event.id} data-event-id={event.id}>
              <button
                type="button"
                className="event-key-item"
                aria-pressed={kept === key}
                onMouseEnter={() => setHovered(key)}
                onMouseLeave={() => setHovered(null)}
                onFocus={() => setFocused(key)}
                onBlur={() => setFocused(null)}
                onClick={() => setKept((current) => (current === key ? null : key))}
              >
                <span className="event-theme">{themeOf(event)?.label}</span> · {formatEventDate(event)} ·{' '}
                {event.title}
                {statusSuffix(event.status)}
                {event.confidence === 'likely' && ' (date likely, not confirmed)'}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
