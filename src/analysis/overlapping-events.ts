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

const STATUS_WORDS: Record<NonNullable<TimelineEvent['status']>, string> = {
  happened: 'happened',
  planned: 'planned; none of the sources used here records that it happened',
  unknown: 'none of the sources used here settles whether it happened',
};

const named = (events: readonly TimelineEvent[]): string =>
  listInWords(
    events.map(
      (event) => `${event.name} (${event.date}${event.status ? `, ${STATUS_WORDS[event.status]}` : ''})`,
    ),
  );

/**
 * Said of every window with other events in it: the change is not theirs to share out. It is the sum of everything
 * that differed between the periods, of which the listed events are only the ones the timeline records here.
 */
export const SUM_OF_EVERYTHING =
  'Any change is the sum of everything that differed between the periods compared (pandemic recovery, illness, ' +
  'which schools were counted, these events and more); the analysis cannot say how much of it, if any, belongs ' +
  'to any one of them.';

/**
 * Other events of this area dated between the first and last period of a window (slot ordinals, inclusive), each
 * with its status. The caller passes only events that concern the area analysed. Returns the caveats to add, or a
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
      `Other events of this area fall inside the window: ${named(inside)}. ${SUM_OF_EVERYTHING} Choose a window ` +
        'without them, or read the change as that sum.',
    );
  }
  const caveats: string[] = [];
  if (inside.length > 0) {
    caveats.push(`Other events of this area fall inside the window: ${named(inside)}. ${SUM_OF_EVERYTHING}`);
  }
  if (unplaced.length > 0) {
    caveats.push(
      `These events are dated too coarsely to tell whether they fall inside the window: ${named(unplaced)}.`,
    );
  }
  return caveats;
}
