import { refuse, type Refusal } from './analysis-types';
import { phaseOf, type PlacedEvent } from './event-phase';
import type { SlottedPoint } from './slot-series';

/** How far after an event the first weekly figure may fall for a change "at the event" to mean anything. */
export const MAX_WEEKS_TO_FIRST_FIGURE = 4;

const DAY = 86_400_000;
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY;

/**
 * Weekly files cover autumn terms only. An event whose span falls wholly in an unobserved stretch (a January to
 * March campaign), or with no figure within four weeks after it, would get a "change at the event" fitted from
 * figures months away; it is refused, saying so.
 */
export function checkNearEvent(
  rows: readonly SlottedPoint[],
  event: PlacedEvent,
  end: string | null,
): Refusal | null {
  const start = event.date.length === 7 ? `${event.date}-01` : event.date;
  const withFigures = rows.filter((row) => row.point.value !== null);
  if (end !== null && end > start) {
    const inside = withFigures.filter(
      (row) => row.point.start <= end && row.point.start >= start.slice(0, 10),
    );
    const overlapping = withFigures.filter((row) => phaseOf(row, event) === 'during');
    if (inside.length === 0 && overlapping.length === 0)
      return refuse(
        `No weekly figure falls within the event's span (${event.date} to ${end}): the series has no data then, ` +
          'so it cannot show a change at the event.',
      );
  }
  const firstAfter = withFigures.find((row) => phaseOf(row, event) === 'after');
  if (!firstAfter) return null;
  const weeks = daysBetween(start, firstAfter.point.start) / 7;
  if (weeks > MAX_WEEKS_TO_FIRST_FIGURE)
    return refuse(
      `No weekly figure falls within ${MAX_WEEKS_TO_FIRST_FIGURE} weeks after the event (${event.date}): the first ` +
        `is ${firstAfter.point.period}, ${Math.round(weeks)} weeks later. A change fitted there is not a change at ` +
        'the event.',
    );
  return null;
}
