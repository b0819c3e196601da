import type { DatePrecision } from './iso-date';

/** The kinds of event the curated timeline and members' markers may record. */
export const EVENT_TYPES = [
  'meeting',
  'pledge',
  'action',
  'intervention',
  'campaign',
  'guidance',
  'data-release',
  'funding',
  'publication',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * How far an event's facts can be trusted: `seed` comes from the mission's own meeting notes, `verified` from a
 * public source that dates it, `likely` from a secondary or indirect source (the UI should show the doubt).
 */
export const CONFIDENCE_LEVELS = ['seed', 'verified', 'likely'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/**
 * Whether an event is known to have taken place: `happened` when a source records it, `planned` when a source
 * records only the intention (an action agreed, a month announced), `unknown` when the sources do not settle it.
 * A planned event is never stated as having happened.
 */
export const EVENT_STATUSES = ['happened', 'planned', 'unknown'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export type EventOrigin = 'curated' | 'marker';

export interface TimelineEvent {
  id: string;
  /** First day covered, YYYY-MM-DD; for a month or year this is its first day. */
  start: string;
  /** Last day covered (inclusive), or null for a single day. */
  end: string | null;
  /** How precisely `start` is known: a `month` event spans the month because the day is unknown. */
  precision: DatePrecision;
  type: EventType;
  title: string;
  organisation: string;
  /** Area names as written by people, e.g. `Greater Manchester`. */
  scope: string[];
  /** ONS codes the event applies to; these, not `scope`, decide which charts show it. */
  areaCodes: string[];
  tags: string[];
  description: string;
  source: string;
  confidence: Confidence;
  status: EventStatus;
  origin: EventOrigin;
}

/** A member's own event, kept in the browser; `link` is an http(s) address or null. */
export interface Marker extends TimelineEvent {
  origin: 'marker';
  link: string | null;
  /**
   * How many times storage has saved this marker (1 when added); absent until stored. An edit carries the revision it
   * started from, so a save from a tab that missed another tab's change is refused rather than overwriting it.
   */
  revision?: number;
}

export const ENGLAND_CODE = 'E92000001';

/** ONS/GSS area codes: a country letter then eight digits. */
export const AREA_CODE_PATTERN = /^[EWSN]\d{8}$/;

export function isEventType(value: unknown): value is EventType {
  return (EVENT_TYPES as readonly unknown[]).includes(value);
}

export function isEventStatus(value: unknown): value is EventStatus {
  return (EVENT_STATUSES as readonly unknown[]).includes(value);
}

export function isConfidence(value: unknown): value is Confidence {
  return (CONFIDENCE_LEVELS as readonly unknown[]).includes(value);
}

/** List cells are written `a; b; c`; a stray space or trailing separator should not create an empty item. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function joinList(items: readonly string[]): string {
  return items.join('; ');
}
