import type { Confidence, EventStatus, EventType, Marker, TimelineEvent } from '../../timeline/event';
import { Fragment } from 'react';
import { splitSource, webAddress } from '../../timeline/source-citations';
import { dateToX } from './event-geometry';

/** Everything shown about an event is React text: marker fields are never parsed as HTML. */
const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

function day(iso: string): string {
  return DAY.format(dateToX(iso));
}

function isWholeMonth(start: string, end: string): boolean {
  const next = new Date(dateToX(end) + 86_400_000);
  return start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && next.getUTCDate() === 1;
}

/** A date as precisely as it is known: "21 May 2024", "March 2022", "2022", "8 Jan 2024 – 31 Mar 2024". */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  const { start, end, precision } = event;
  if (precision === 'year' && end === `${start.slice(0, 4)}-12-31`) return start.slice(0, 4);
  if (precision === 'month' && end !== null && isWholeMonth(start, end)) return MONTH.format(dateToX(start));
  const first = precision === 'month' ? MONTH.format(dateToX(start)) : day(start);
  return end === null || end === start ? first : `${first} – ${day(end)}`;
}

export function typeLabel(type: EventType): string {
  return type.replace('-', ' ');
}

const CONFIDENCE_TEXT: Record<Confidence, string> = {
  verified: 'verified',
  seed: 'from the Alliance’s meeting notes',
  likely: 'likely (not confirmed)',
};

/** "Likely" is said in words and drawn with a dashed outline, never by colour alone. */
export function ConfidenceLabel({ confidence }: { confidence: Confidence }) {
  return (
    <span className={`event-confidence event-confidence-${confidence}`} data-confidence={confidence}>
      {confidence === 'likely' && <span aria-hidden="true">? </span>}
      {CONFIDENCE_TEXT[confidence]}
    </span>
  );
}

const STATUS_TEXT: Record<EventStatus, string> = {
  happened: 'happened',
  planned: 'planned (none of the sources used here records that it happened)',
  unknown: 'none of the sources used here settles whether it happened',
};

/** A planned event is said to be planned in words and drawn with a dashed outline; it never reads as done. */
export function StatusLabel({ status }: { status: EventStatus }) {
  return (
    <span className={`event-status event-status-${status}`} data-status={status}>
      {STATUS_TEXT[status]}
    </span>
  );
}

/** " (planned)" or " (may not have happened)" after an event's title in lists and option labels; else "". */
export function statusSuffix(status: EventStatus): string {
  if (status === 'planned') return ' (planned)';
  if (status === 'unknown') return ' (may not have happened)';
  return '';
}

function linkText(address: URL): string {
  return address.hostname + (address.pathname.length > 1 ? address.pathname : '');
}

/** Links only for http(s) addresses; anything else (a seed file and section, a note) is plain text. */
export function EventSource({ source, link }: { source: string; link?: string | null }) {
  const { links, notes } = splitSource(source);
  const extra = webAddress(link ?? '');
  const all = extra && !links.some((address) => address.href === extra.href) ? [extra, ...links] : links;
  const parts = [
    ...all.map((address) => (
      <a key={address.href} href={address.href} target="_blank" rel="noopener noreferrer">
        {linkText(address)}
      </a>
    )),
    ...(notes ? [notes] : []),
  ];
  return (
    <span className="event-source">
      {parts.length === 0
        ? 'none given'
        : parts.map((part, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              {part}
            </Fragment>
          ))}
    </span>
  );
}

export function originLabel(event: Pick<TimelineEvent, 'origin'>): string {
  return event.origin === 'marker' ? 'Your marker' : 'Alliance timeline';
}

/** The facts of one event, for the lane's popover and the timeline list. */
export function EventFacts({ event }: { event: TimelineEvent | Marker }) {
  return (
    <dl className="event-facts">
      <dt>Date</dt>
      <dd>{formatEventDate(event)}</dd>
      <dt>Type</dt>
      <dd>{typeLabel(event.type)}</dd>
      {event.organisation && (
        <>
          <dt>Organisation</dt>
          <dd>{event.organisation}</dd>
        </>
      )}
      {event.scope.length > 0 && (
        <>
          <dt>Area</dt>
          <dd>{event.scope.join('; ')}</dd>
        </>
      )}
      <dt>Status</dt>
      <dd>
        <StatusLabel status={event.status} />
      </dd>
      <dt>Confidence</dt>
      <dd>
        <ConfidenceLabel confidence={event.confidence} />
      </dd>
      <dt>Source</dt>
      <dd>
        <EventSource source={event.source} link={'link' in event ? event.link : null} />
      </dd>
    </dl>
  );
}
