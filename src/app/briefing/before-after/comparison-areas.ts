import type { TimelineEvent } from '../../../timeline/event';

/** The span of periods a comparison uses, first day to last day (YYYY-MM-DD). */
export interface Window {
  from: string;
  to: string;
}

/**
 * Local authorities a difference in differences leaves out of its comparison group by default, with why: those
 * the chosen event names, and those any other event dated inside the window names, England-wide events included
 * (an event "for England" that names Knowsley and Salford treated them more than their neighbours).
 */
export function leftOutAreas(
  event: Pick<TimelineEvent, 'areaCodes'>,
  allEvents: readonly Pick<TimelineEvent, 'id' | 'title' | 'start' | 'end' | 'areaCodes'>[],
  window: Window | null,
): Map<string, string> {
  const leftOut = new Map<string, string>();
  for (const code of event.areaCodes) leftOut.set(code, 'named by this event');
  const inside = allEvents.filter(
    (other) => window === null || (other.start <= window.to && (other.end ?? other.start) >= window.from),
  );
  for (const other of inside)
    for (const code of other.areaCodes)
      if (!leftOut.has(code)) leftOut.set(code, `named by “${other.title}”`);
  return leftOut;
}

/** The window of a comparison's rows: from the first period's first day to the last period's last day. */
export function windowOf(
  rows: readonly { period: string }[],
  dates: ReadonlyMap<string, { start: string | null; end: string | null }>,
): Window | null {
  const from = dates.get(rows[0]?.period ?? '')?.start;
  const to = dates.get(rows.at(-1)?.period ?? '')?.end;
  return from && to ? { from, to } : null;
}
