/**
 * Shapes shared by the before/after analyses. Every analysis either answers with its method, the assumptions it
 * rests on and the caveats a reader must see, or refuses in plain English; it never guesses around missing data.
 */

/** One figure of a series. `value` is null when the figure is suppressed, unavailable or was never collected. */
export interface Point {
  /** Label shown to readers, e.g. "2023/24", "2023/24 Autumn term", "2024 Week 37". */
  period: string;
  /** ISO date (YYYY-MM-DD) on which the period starts. */
  start: string;
  value: number | null;
  /** Denominator behind a rate (enrolments, possible sessions), when known. */
  count?: number;
}

/** How often a series is measured; like-for-like comparisons depend on it. */
export type Granularity = 'year' | 'term' | 'week';

/** A dated event of the timeline. `date` may be YYYY-MM-DD, YYYY-MM or YYYY. */
export interface TimelineEvent {
  date: string;
  /** A noun phrase that reads inside a sentence, e.g. "the national campaign". */
  name: string;
  /** Whether a source used here records that it happened; said beside the event wherever it is listed. */
  status?: 'happened' | 'planned' | 'unknown';
}

export interface Refusal {
  ok: false;
  reason: string;
}

export interface Explanation {
  method: string;
  assumptions: string[];
  caveats: string[];
}

export type Answer<T> = ({ ok: true } & T & Explanation) | Refusal;

/** A two-sided 95% confidence interval. */
export interface Interval {
  lower: number;
  upper: number;
  level: 0.95;
}

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}

/** Joins labels for a sentence: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
