import { ConfidenceLabel, formatEventDate, StatusLabel, typeLabel } from '../../chart-events/event-details';
import type { TimelineEvent } from '../../../timeline/event';

/** The chosen event's facts: what, when (as precisely as known), where and how sure the date is. */
export function EventSummary({ event }: { event: TimelineEvent }) {
  return (
    <div className="event-summary" data-event-id={event.id}>
      <p>
        <strong>{event.title}</strong> ({typeLabel(event.type)}, {formatEventDate(event)}
        {event.precision !== 'day' ? `: known to the ${event.precision} only` : ''}). Area:{' '}
        {event.scope.join('; ')}. Confidence: <ConfidenceLabel confidence={event.confidence} />. Status:{' '}
        <StatusLabel status={event.status} />.
      </p>
      {event.status !== 'happened' && (
        <p className="warning" data-testid="event-not-happened">
          {event.status === 'planned'
            ? 'This event was planned; none of the sources used here records that it happened.'
            : 'None of the sources used here settles whether this event happened.'}{' '}
          A change around its date is the sum of everything that differed then, as for any event.
        </p>
      )}
      {event.origin === 'marker' && <p className="hint">This is your own marker, kept in this browser.</p>}
    </div>
  );
}
