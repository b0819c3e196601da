import { refuse, type Granularity, type Refusal } from './analysis-types';
import { academicYearLabel, academicYearOfDate, parseDateParts, slotOf, type Slot } from './period-slots';
import type { SlottedPoint } from './slot-series';

/** Where a period sits relative to an event: wholly before, the event's own period, or wholly after. */
export type Phase = 'before' | 'during' | 'after';

export interface PlacedEvent {
  date: string;
  slot: Slot;
  /** True when the date names a day, so a period starting on or after it is wholly after the event. */
  exactDay: boolean;
  /** The academic year (start year) of the first period after the event: August counts with September. */
  academicYear: number;
  /** Where the event falls, in words: "2023/24", or "the summer holiday before 2024/25" for an August date. */
  label: string;
}

/**
 * An event in August falls in the summer holiday, before the autumn term: it belongs to the school year that
 * starts in September, not to the one whose summer term has ended. (The statutory guidance of 19 August 2024 made
 * all of 2023/24 "during" before this rule.) Weeks are placed by their own dates and need no rule.
 */
export function placeEvent(date: string, granularity: Granularity): PlacedEvent | Refusal {
  const parts = parseDateParts(date);
  const august = granularity !== 'week' && parts?.month === 8;
  const slot = slotOf(august ? `${parts.year}-09-01` : date, granularity);
  if (typeof slot === 'string') return refuse(`The event date cannot be used: ${slot}`);
  const academicYear = parts?.month === 8 ? parts.year : (academicYearOfDate(date) ?? slot.year);
  const holidayWeek = granularity === 'week' && parts?.month === 8;
  const label = august
    ? `the summer holiday before ${slot.label}`
    : holidayWeek
      ? `${slot.label}, in the summer holiday before ${academicYearLabel(parts.year)}`
      : slot.label;
  return { date, slot, exactDay: august || parts?.day != null, academicYear, label };
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
