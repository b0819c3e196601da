import { listInWords, refuse, type Granularity, type Refusal, type TimelineEvent } from './analysis-types';
import { slotOf } from './period-slots';

/** What to do when other events fall inside an analysis window: state them as a caveat, or refuse. */
export type OverlapPolicy = 'caveat' | 'refuse';

interface Overlaps {
  inside: TimelineEvent[];
  /** Events whose date is too coarse to place at this granularity (e.g. "2022" against academic years). */
  unplaced: TimelineEvent[];
}

function findOverlaps(
  events: readonly TimelineEvent[],
  granularity: Granularity,
  from: number,
  to: number,
): Overlaps {
  const inside: TimelineEvent[] = [];
  const unplaced: TimelineEvent[] = [];
  for (const event of events) {
    const slot = slotOf(event.date, granularity);
    if (typeof slot === 'string') unplaced.push(event);
    else if (slot.ordinal >= from && slot.ordinal <= to) inside.push(event);
  }
  return { inside, unplaced };
}

const named = (events: readonly TimelineEvent[]): string =>
  listInWords(events.map((event) => `${event.name} (${event.date})`));

/**
 * Other events dated between the first and last period of a window (slot ordinals, inclusive). Any change in the
 * window belongs to all of them together; the analysis cannot share it out. Returns the caveats to add, or a
 * refusal when the policy is 'refuse' and an event is inside.
 */
export function overlapCaveats(
  events: readonly TimelineEvent[],
  granularity: Granularity,
  from: number,
  to: number,
  policy: OverlapPolicy,
): string[] | Refusal {
  const { inside, unplaced } = findOverlaps(events, granularity, from, to);
  if (inside.length > 0 && policy === 'refuse') {
    return refuse(
      `Other events fall inside the window: ${named(inside)}. Their effects cannot be separated from this one's; ` +
        'choose a window without them or accept a combined reading.',
    );
  }
  const caveats: string[] = [];
  if (inside.length > 0) {
    caveats.push(
      `Other events fall inside the window: ${named(inside)}. Any change belongs to all of them together and ` +
        'cannot be shared out between them.',
    );
  }
  if (unplaced.length > 0) {
    caveats.push(
      `These events are dated too coarsely to tell whether they fall inside the window: ${named(unplaced)}.`,
    );
  }
  return caveats;
}
