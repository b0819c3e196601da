import timelineCsv from '../../data/timeline.csv?raw';
import { parseTimelineCsv, type TimelineParseError } from './parse-timeline-csv';
import type { TimelineEvent } from './event';

/**
 * The alliance timeline ships inside the bundle and is parsed once. Rows with errors are left out of every chart,
 * so their errors are kept for the timeline view to show rather than lost.
 */
const parsed = parseTimelineCsv(timelineCsv);

export const curatedEvents: readonly TimelineEvent[] = parsed.events;

export const curatedErrors: readonly TimelineParseError[] = parsed.errors;

export function describeCuratedError(error: TimelineParseError): string {
  return `data/timeline.csv line ${error.line}${error.column ? `, column ${error.column}` : ''}: ${error.message}`;
}
