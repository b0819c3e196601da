import { refuse, type Granularity, type Refusal } from './analysis-types';
import { parseDateParts, slotOf, type Slot } from './period-slots';
import type { SlottedPoint } from './slot-series';

/** Where a period sits relative to an event: wholly before, the event's own period, or wholly after. */
export type Phase = 'before' | 'during' | 'after';

export interface PlacedEvent {
  date: string;
  slot: Slot;
  /** True when the date names a day, so a period starting on or after it is wholly after the event. */
  exactDay: boolean;
}

export function placeEvent(date: string, granularity: Granularity): PlacedEvent | Refusal {
  const slot = slotOf(date, granularity);
  if (typeof slot === 'string') return refuse(`The event date cannot be used: ${slot}`);
  return { date, slot, exactDay: parseDateParts(date)?.day != null };
}

/**
 * The event's own period is "during": it mixes time before and after. The one exception is a period that starts
 * on or after an event dated to the day (a campaign launched on the first day of term), which is wholly after.
 */
export function phaseOf(row: SlottedPoint, event: PlacedEvent): Phase {
  if (row.slot.ordinal < event.slot.ordinal) return 'before';
  if (row.slot.ordinal > event.slot.ordinal) return 'after';
  return event.exactDay && row.point.start >= event.date ? 'after' : 'during';
}

export function duringCaveat(rows: readonly SlottedPoint[], event: PlacedEvent): string | null {
  const during = rows.filter((row) => phaseOf(row, event) === 'during');
  if (during.length === 0) return null;
  return (
    `${during.map((row) => row.point.period).join(', ')} contains the event (${event.date}) and is set aside as ` +
    '"during": it mixes time before and after it.'
  );
}
