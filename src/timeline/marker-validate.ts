import {
  AREA_CODE_PATTERN,
  CONFIDENCE_LEVELS,
  EVENT_STATUSES,
  EVENT_TYPES,
  isConfidence,
  isEventStatus,
  isEventType,
  splitList,
  type Marker,
} from './event';
import { isIsoDate, type DatePrecision } from './iso-date';

/** Limits keep one marker small enough to store, export and show in a tooltip. */
export const MARKER_LIMITS = {
  id: 64,
  title: 200,
  organisation: 200,
  description: 2000,
  source: 500,
  link: 2000,
  listItem: 100,
  listItems: 30,
} as const;

export interface FieldError {
  field: string;
  message: string;
}

export type MarkerValidation = { ok: true; marker: Marker } | { ok: false; errors: FieldError[] };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year'];

/** Control characters would corrupt CSV and iCalendar lines; only the description may hold line breaks and tabs. */
function hasControl(text: string, allowBreaks: boolean): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    const isBreak = char === '\n' || char === '\r' || char === '\t';
    if ((code < 0x20 || code === 0x7f) && !(allowBreaks && isBreak)) return true;
  }
  return false;
}

export function newMarkerId(): string {
  return crypto.randomUUID();
}

/**
 * Checks a marker from a form, a JSON file or a CSV row (where lists arrive as `a; b` text) and returns it in
 * stored form, or every problem found. A missing id gets a new one; optional fields default to empty.
 */
export function validateMarker(input: unknown, makeId: () => string = newMarkerId): MarkerValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: '', message: 'a marker must be an object' }] };
  }
  const raw = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });

  const text = (field: string, max: number, options: { required?: boolean; multiline?: boolean } = {}) => {
    const value = raw[field] ?? '';
    if (typeof value !== 'string') {
      fail(field, `${field} must be text`);
      return '';
    }
    const trimmed = value.trim();
    if (options.required && trimmed === '') fail(field, `${field} is required`);
    if (trimmed.length > max) fail(field, `${field} is ${trimmed.length} characters; at most ${max}`);
    if (hasControl(trimmed, options.multiline ?? false)) {
      fail(field, `${field} contains control characters`);
    }
    return trimmed;
  };
  const list = (field: string, check?: (item: string) => string | null) => {
    const value = raw[field] ?? [];
    const items = typeof value === 'string' ? splitList(value) : value;
    if (!Array.isArray(items) || !items.every((item): item is string => typeof item === 'string')) {
      fail(field, `${field} must be a list of text`);
      return [];
    }
    const cleaned = items.map((item) => item.trim()).filter((item) => item !== '');
    if (cleaned.length > MARKER_LIMITS.listItems)
      fail(field, `${field} has more than ${MARKER_LIMITS.listItems} items`);
    for (const item of cleaned) {
      if (item.length > MARKER_LIMITS.listItem)
        fail(field, `${field} item is longer than ${MARKER_LIMITS.listItem}`);
      else if (hasControl(item, false)) fail(field, `${field} item contains control characters`);
      else if (check) {
        const problem = check(item);
        if (problem) fail(field, problem);
      }
    }
    return cleaned;
  };

  let id = text('id', MARKER_LIMITS.id);
  if (id === '') id = makeId();
  else if (!ID.test(id)) fail('id', `id "${id}" may hold only letters, digits, - and _`);

  const start = text('start', 32, { required: true });
  if (start !== '' && !isIsoDate(start)) fail('start', `start "${start}" is not a date written YYYY-MM-DD`);
  const endText = text('end', 32);
  if (endText !== '' && !isIsoDate(endText)) fail('end', `end "${endText}" is not a date written YYYY-MM-DD`);
  else if (endText !== '' && isIsoDate(start) && endText < start)
    fail('end', `end ${endText} is before start ${start}`);

  const precision = raw['precision'] ?? 'day';
  if (!PRECISIONS.includes(precision as DatePrecision))
    fail('precision', 'precision must be day, month or year');
  const type = raw['type'];
  if (!isEventType(type)) fail('type', `type must be one of ${EVENT_TYPES.join(', ')}`);
  const confidence = raw['confidence'] ?? 'likely';
  if (!isConfidence(confidence))
    fail('confidence', `confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}`);

  // Markers saved before statuses existed recorded things members had done.
  const status = raw['status'] === undefined || raw['status'] === '' ? 'happened' : raw['status'];
  if (!isEventStatus(status)) fail('status', `status must be one of ${EVENT_STATUSES.join(', ')}`);

  const title = text('title', MARKER_LIMITS.title, { required: true });
  const organisation = text('organisation', MARKER_LIMITS.organisation);
  const description = text('description', MARKER_LIMITS.description, { multiline: true });
  const source = text('source', MARKER_LIMITS.source);
  const scope = list('scope');
  const areaCodes = list('areaCodes', (code) =>
    AREA_CODE_PATTERN.test(code) ? null : `area code "${code}" is not an ONS code like E08000012`,
  );
  const tags = list('tags');
  const link = checkLink(text('link', MARKER_LIMITS.link), fail);

  if (errors.length > 0 || !isEventType(type) || !isConfidence(confidence) || !isEventStatus(status))
    return { ok: false, errors };
  const marker: Marker = {
    id,
    start,
    end: endText === '' ? null : endText,
    precision: precision as DatePrecision,
    type,
    title,
    organisation,
    scope,
    areaCodes,
    tags,
    description,
    source,
    confidence,
    status,
    origin: 'marker',
    link,
  };
  return { ok: true, marker };
}

/** Only web links: a `javascript:` or `data:` URL in a marker would run or load content when clicked. */
function checkLink(link: string, fail: (field: string, message: string) => void): string | null {
  if (link === '') return null;
  let url: URL;
  try {
    url = new URL(link);
  } catch (error) {
    fail(
      'link',
      `link "${link}" is not a web address (${error instanceof Error ? error.message : String(error)})`,
    );
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    fail('link', `link must start with http:// or https://, not ${url.protocol}`);
    return null;
  }
  return url.href;
}

/** The problems of a failed validation as one line, for import reports and error messages. */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}
