import { formatEventDate, statusSuffix } from '../../charts/event-details';
import type { TimelineEvent } from '../../timeline/event';
import { themeOf } from './briefing-themes';

/** The events marked on the briefing chart, with their programme and date, so the marks can be read in print. */
export function HighlightedEvents({ events, until }: { events: readonly TimelineEvent[]; until: string }) {
  const shown = events.filter((event) => event.start <= until);
  return (
    <section aria-labelledby="highlighted-title" className="event-key">
      <h3 id="highlighted-title">Marked on the chart</h3>
      <ol className="highlighted-events">
        {shown.map((event) => (
          <li key={event.id} data-event-id={event.id}>
            <span className="event-theme">{themeOf(event)?.label}</span> · {formatEventDate(event)} ·{' '}
            {event.title}
            {statusSuffix(event.status)}
            {event.confidence === 'likely' && ' (date likely, not confirmed)'}
          </li>
        ))}
      </ol>
    </section>
  );
}
