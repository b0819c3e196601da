import { neutraliseCell } from '../data/csv-export';
import Papa from 'papaparse';
import { joinList, type Marker, type TimelineEvent } from './event';
import { addDays } from './iso-date';

export const MARKER_EXPORT_FORMAT = 'attendance-lens-markers';
export const MARKER_EXPORT_VERSION = 1;

/**
 * A marker's fields as an export carries them, in this order: the JSON file's keys, and the CSV file's columns in
 * snake_case (list fields written `a; b`, as in data/timeline.csv). The one list the writers and the CSV reader's
 * header check share.
 */
const MARKER_FIELDS = [
  'id',
  'start',
  'end',
  'precision',
  'type',
  'title',
  'organisation',
  'scope',
  'areaCodes',
  'tags',
  'description',
  'source',
  'link',
  'confidence',
  'status',
] as const satisfies readonly (keyof Marker)[];
type PortableMarker = Pick<Marker, (typeof MARKER_FIELDS)[number]>;

/** CSV columns of a marker export (`areaCodes` is `area_codes`). */
export const MARKER_CSV_COLUMNS: readonly string[] = MARKER_FIELDS.map((field) =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
);

function portable(marker: Marker): PortableMarker {
  return Object.fromEntries(MARKER_FIELDS.map((field) => [field, marker[field]])) as PortableMarker;
}

const csvCell = (value: PortableMarker[keyof PortableMarker]): string =>
  Array.isArray(value) ? joinList(value) : (value ?? '');

export function markersToJson(markers: readonly Marker[], now: Date = new Date()): string {
  const file = {
    format: MARKER_EXPORT_FORMAT,
    version: MARKER_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    markers: markers.map(portable),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Marker text in a spreadsheet: the app's one rule for cells a spreadsheet would run as formulas (a leading
 * apostrophe), and, so that the apostrophe can be taken off again on import, a cell that itself starts with an
 * apostrophe gets one more. Import removes exactly one apostrophe before = + - @ tab, carriage return or apostrophe.
 */
export function neutraliseFormula(cell: string): string {
  return cell.startsWith("'") ? `'${cell}` : String(neutraliseCell(cell));
}

export function markersToCsv(markers: readonly Marker[]): string {
  const data = markers.map((m) => MARKER_FIELDS.map((field) => neutraliseFormula(csvCell(m[field]))));
  // The byte-order mark makes Excel read UTF-8 (names, £) instead of the system code page.
  return `\uFEFF${Papa.unparse({ fields: [...MARKER_CSV_COLUMNS], data }, { newline: '\r\n' })}\r\n`;
}

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, and line breaks become \n. */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: lines over 75 octets continue after CRLF and a space, never splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines start with the space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate(iso: string): string {
  return iso.replaceAll('-', '');
}

function vevent(event: TimelineEvent & { link?: string | null }, stamp: string): string[] {
  const details = [
    event.description,
    event.organisation && `Organisation: ${event.organisation}`,
    event.source && `Source: ${event.source}`,
    `Confidence: ${event.confidence}`,
    `Status: ${event.status}`,
  ].filter((part) => part !== '');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(event.id)}@attendance-lens`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
    // An all-day DTEND is exclusive: the day after the last day the event covers.
    `DTEND;VALUE=DATE:${icsDate(addDays(event.end ?? event.start, 1))}`,
    `SUMMARY:${escapeIcsText(event.title)}`,
    `DESCRIPTION:${escapeIcsText(details.join('\n'))}`,
    ...(event.scope.length > 0 ? [`LOCATION:${escapeIcsText(joinList(event.scope))}`] : []),
    `CATEGORIES:${[event.type, ...event.tags].map(escapeIcsText).join(',')}`,
    // URL is a URI, not TEXT, so it is not escaped; validation has already limited it to http(s).
    ...(event.link ? [`URL:${event.link}`] : []),
    'END:VEVENT',
  ];
}

/** An iCalendar file of all-day events; curated events may be exported too, they simply have no link. */
export function eventsToIcs(
  events: readonly (TimelineEvent & { link?: string | null })[],
  now: Date = new Date(),
): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Attendance Lens//Markers//EN',
    'CALSCALE:GREGORIAN',
    ...events.flatMap((event) => vevent(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
