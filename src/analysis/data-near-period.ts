import type { Granularity } from './analysis-types';
import { MAX_WEEKS_TO_FIRST_FIGURE } from './data-near-event';
import type { PlacedEvent } from './event-phase';
import type { SlottedPoint } from './slot-series';

interface Distance {
  /** How far a figure may sit from the event's own period, in slots of the series' line. */
  limit: number;
  /** "a year", "a term", "4 weeks": the limit in words. */
  words: string;
  unit: string;
  /** Slots per unit: one-term series step a year (three terms) at a time. */
  per: number;
}

const DAY = 86_400_000;

/**
 * The stated distance: the series' next period for years and terms (the same term a year on, for a series of one
 * term), four weeks for weekly figures.
 */
function distanceFor(granularity: Granularity, oneTerm: boolean): Distance {
  if (granularity === 'year') return { limit: 1, words: 'a year', unit: 'year', per: 1 };
  if (granularity === 'term')
    return oneTerm
      ? { limit: 3, words: 'a year (the same term)', unit: 'year', per: 3 }
      : { limit: 1, words: 'a term', unit: 'term', per: 1 };
  return {
    limit: MAX_WEEKS_TO_FIRST_FIGURE,
    words: `${MAX_WEEKS_TO_FIRST_FIGURE} weeks`,
    unit: 'week',
    per: 1,
  };
}

/** Slots between the event and a row: whole periods for years and terms, calendar weeks from the event's day. */
function slotsBetween(row: SlottedPoint, event: PlacedEvent, granularity: Granularity): number {
  if (granularity !== 'week') return Math.abs(row.slot.ordinal - event.slot.ordinal);
  const day = event.date.length === 7 ? `${event.date}-01` : event.date;
  return Math.abs(Date.parse(row.point.start) - Date.parse(day)) / (7 * DAY);
}

const count = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Point 2 of issue #11: an event whose neighbourhood the series did not observe (a January to March campaign in
 * autumn-only weekly figures, a year left out for the pandemic) must not read as if the figures sat at the event.
 * Given the nearest figures a comparison uses on each side, says plainly which lie further from the event's own
 * period than the stated distance; an empty list when both are near. `oneTerm`: the series holds one term of each
 * year, so the next figure is a year on.
 */
export function farFromEvent(
  nearest: { before: SlottedPoint | undefined; after: SlottedPoint | undefined },
  event: PlacedEvent,
  granularity: Granularity,
  oneTerm = false,
): string[] {
  const distance = distanceFor(granularity, oneTerm);
  const own =
    granularity === 'week' ? `the event (${event.date})` : `the event's own period (${event.label})`;
  // Weekly files hold autumn terms only, so the last week before any event after December is months earlier by
  // design; what matters there is a figure soon after the event.
  const sides = [
    ...(granularity === 'week' ? [] : [[nearest.before, 'last', 'before'] as const]),
    [nearest.after, 'first', 'after'] as const,
  ];
  return sides.flatMap(([row, which, side]) => {
    if (!row) return [];
    const slots = slotsBetween(row, event, granularity);
    if (slots <= distance.limit) return [];
    const apart = count(Math.round(slots / distance.per), distance.unit);
    return [
      `No figure falls within ${distance.words} ${side} ${own}: the ${which} ${side} it is ${row.point.period}, ` +
        `${apart} away, so this comparison also carries whatever else changed in between.`,
    ];
  });
}
