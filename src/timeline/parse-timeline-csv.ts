import { readCsvRows } from './csv-rows';
import {
  AREA_CODE_PATTERN,
  CONFIDENCE_LEVELS,
  ENGLAND_CODE,
  EVENT_STATUSES,
  EVENT_TYPES,
  isConfidence,
  isEventStatus,
  isEventType,
  splitList,
  type TimelineEvent,
} from './event';
import { parsePartialDate } from './iso-date';
import { citationsOf, looksLikeWebAddress, webAddress } from './source-citations';

/** The columns of data/timeline.csv, in the order the file writes them. */
export const TIMELINE_COLUMNS = [
  'id',
  'date',
  'end_date',
  'type',
  'title',
  'organisation',
  'scope',
  'area_codes',
  'tags',
  'description',
  'source',
  'confidence',
  'status',
] as const;
type Column = (typeof TIMELINE_COLUMNS)[number];

export interface TimelineParseError {
  line: number;
  /** The column at fault, or '' when the whole row is. */
  column: string;
  message: string;
}

export interface TimelineParseResult {
  events: TimelineEvent[];
  errors: TimelineParseError[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TITLE = 200;

/** Checks one row; returns the event, or the errors that stop it becoming one. */
function readRow(cell: (column: Column) => string, fail: (column: Column, message: string) => void) {
  const id = cell('id');
  if (!SLUG.test(id)) fail('id', `id "${id}" must be a lower-case slug like 2022-04-28-alliance-meeting`);
  const span = parsePartialDate(cell('date'));
  if (!span) fail('date', `date "${cell('date')}" must be YYYY-MM-DD, YYYY-MM or YYYY`);
  const endText = cell('end_date');
  const endSpan = endText === '' ? null : parsePartialDate(endText);
  if (endText !== '' && !endSpan)
    fail('end_date', `end_date "${endText}" must be YYYY-MM-DD, YYYY-MM or YYYY`);
  if (span && endSpan && endSpan.end < span.start) fail('end_date', `end_date ${endText} is before date`);
  const type = cell('type');
  if (!isEventType(type)) fail('type', `type "${type}" must be one of ${EVENT_TYPES.join(', ')}`);
  const title = cell('title');
  if (title === '') fail('title', 'title is empty');
  if (title.length > MAX_TITLE) fail('title', `title is ${title.length} characters; at most ${MAX_TITLE}`);
  for (const column of ['organisation', 'description', 'source'] as const) {
    if (cell(column) === '') fail(column, `${column} is empty`);
  }
  for (const citation of citationsOf(cell('source'))) {
    if (looksLikeWebAddress(citation) && !webAddress(citation))
      fail('source', `"${citation}" is not one web address: separate each citation with "; "`);
  }
  const scope = splitList(cell('scope'));
  if (scope.length === 0) fail('scope', 'scope is empty: write England or the areas, separated by "; "');
  const areaCodes = splitList(cell('area_codes'));
  if (areaCodes.length === 0) fail('area_codes', 'area_codes is empty');
  for (const code of areaCodes) {
    if (!AREA_CODE_PATTERN.test(code))
      fail('area_codes', `area code "${code}" is not an ONS code like E08000012`);
  }
  // A row that says England but lacks its code (or the reverse) would be scoped differently from how it reads.
  if (
    scope.length > 0 &&
    areaCodes.length > 0 &&
    scope.includes('England') !== areaCodes.includes(ENGLAND_CODE)
  ) {
    fail(
      'area_codes',
      `scope ${scope.includes('England') ? 'names' : 'omits'} England but area_codes do not agree`,
    );
  }
  const tags = splitList(cell('tags'));
  for (const tag of tags) if (!SLUG.test(tag)) fail('tags', `tag "${tag}" must be a lower-case slug`);
  const confidence = cell('confidence');
  if (!isConfidence(confidence)) {
    fail('confidence', `confidence "${confidence}" must be one of ${CONFIDENCE_LEVELS.join(', ')}`);
  }
  const status = cell('status');
  if (!isEventStatus(status))
    fail('status', `status "${status}" must be one of ${EVENT_STATUSES.join(', ')}`);
  if (
    !span ||
    (endText !== '' && !endSpan) ||
    !isEventType(type) ||
    !isConfidence(confidence) ||
    !isEventStatus(status)
  )
    return null;
  // A month or year without end_date covers the whole period; a day without end_date is a single day.
  const end = endSpan ? endSpan.end : span.precision === 'day' ? null : span.end;
  const event: TimelineEvent = {
    id,
    start: span.start,
    end,
    precision: span.precision,
    type,
    title,
    organisation: cell('organisation'),
    scope,
    areaCodes,
    tags,
    description: cell('description'),
    source: cell('source'),
    confidence,
    status,
    origin: 'curated',
  };
  return event;
}

/** Parses and validates the curated timeline; only rows without errors become events. */
export function parseTimelineCsv(text: string): TimelineParseResult {
  const table = readCsvRows(text);
  const errors: TimelineParseError[] = table.errors.map((e) => ({ ...e, column: '' }));
  const missing = TIMELINE_COLUMNS.filter((column) => !table.header.includes(column));
  const unknown = table.header.filter((column) => !(TIMELINE_COLUMNS as readonly string[]).includes(column));
  for (const column of missing)
    errors.push({ line: table.headerLine, column, message: `missing column ${column}` });
  for (const column of unknown)
    errors.push({ line: table.headerLine, column, message: `unknown column ${column}` });
  if (missing.length > 0 || unknown.length > 0) return { events: [], errors };

  const index = new Map(table.header.map((column, i) => [column, i]));
  const events: TimelineEvent[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== table.header.length) {
      errors.push({
        line,
        column: '',
        message: `expected ${table.header.length} fields, found ${cells.length}`,
      });
      continue;
    }
    let valid = true;
    const fail = (column: string, message: string) => {
      valid = false;
      errors.push({ line, column, message });
    };
    const event = readRow((column) => (cells[index.get(column) ?? -1] ?? '').trim(), fail);
    const seen = event ? firstLine.get(event.id) : undefined;
    if (event && seen !== undefined) fail('id', `duplicate id ${event.id} (first on line ${seen})`);
    if (event && valid) {
      firstLine.set(event.id, line);
      events.push(event);
    }
  }
  return { events, errors };
}
