import {
  ConfidenceLabel,
  EventSource,
  formatEventDate,
  originLabel,
  StatusLabel,
  typeLabel,
} from '../chart-events/event-details';
import type { Marker, TimelineEvent } from '../../timeline/event';
import './timeline-view.css';

/** The timeline as a list: every fact of each event, with its source (a link only for a web address). */
export function EventList({ events }: { events: readonly (TimelineEvent | Marker)[] }) {
  return (
    <ol className="timeline-events" aria-label="Events">
      {events.map((event) => (
        <li
          key={`${event.origin}:${event.id}`}
          className={`timeline-event timeline-event-${event.origin}`}
          data-event-id={event.id}
          data-origin={event.origin}
        >
          <p className="hint">{formatEventDate(event)}</p>
          <h3>{event.title}</h3>
          <div className="timeline-badges">
            <span>{typeLabel(event.type)}</span>
            <span>{originLabel(event)}</span>
            <ConfidenceLabel confidence={event.confidence} />
            {event.status !== 'happened' && <StatusLabel status={event.status} />}
          </div>
          {event.description && <p>{event.description}</p>}
          <p className="hint">
            {event.organisation && <>Organisation: {event.organisation}. </>}
            {event.scope.length > 0 && <>Area: {event.scope.join('; ')}. </>}
            {event.tags.length > 0 && <>Tags: {event.tags.join(', ')}.</>}
          </p>
          <p className="hint">
            Source: <EventSource source={event.source} link={'link' in event ? event.link : null} />
          </p>
        </li>
      ))}
    </ol>
  );
}
