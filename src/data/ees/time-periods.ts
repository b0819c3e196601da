import {
  calendarYear,
  capitalise,
  dateText,
  isoWeekStart,
  MONTHS,
  monthSpan,
  readDate,
  splitYear,
  type YearKind,
} from './period-spans';

export { isoWeekStart, readDate } from './period-spans';

/**
 * EES time periods: `time_period` + `time_identifier` to a labelled span with start and end dates, for every
 * identifier of the EES data standard (DfE's "data file guidance", list of allowable time values): academic,
 * calendar, financial, tax and reporting years, their quarters and runs of quarters, terms and term pairs, financial
 * half years, months, weeks, and a day where the file has a `date` column. Term dates are nominal (schools' own term
 * dates vary); they place points and events on one time axis.
 */
export type Grain =
  | 'Academic year'
  | 'Year to date'
  | 'Term'
  | 'Week'
  | 'Day'
  | 'Month'
  | 'Quarter'
  | 'Part year'
  | 'Calendar year'
  | 'Reporting year'
  | 'Financial year'
  | 'Tax year'
  | 'Other'
  | 'Unknown';

export interface Period {
  label: string;
  grain: Grain;
  /** ISO dates, inclusive; '' for an identifier that names no dates (an 'Other' period without a year). */
  start: string;
  end: string;
}

interface Span {
  kind: YearKind;
  from: number;
  to: number;
  grain: Grain;
  suffix: string;
}

const span = (kind: YearKind, from: number, to: number, grain: Grain, suffix: string): Span => ({
  kind,
  from,
  to,
  grain,
  suffix,
});

// Spans of six-digit years, counted in months from the year's start (September, or April for money years).
const YEAR_SPANS: Readonly<Record<string, Span>> = {
  'academic year': span('academic', 1, 12, 'Academic year', ''),
  'full academic year': span('academic', 1, 12, 'Academic year', ''),
  'six half terms': span('academic', 1, 12, 'Academic year', ''),
  'five half terms': span('academic', 1, 9, 'Term', 'five half terms'),
  'year to date': span('academic', 1, 12, 'Year to date', 'year to date'),
  'autumn term': span('academic', 1, 4, 'Term', 'autumn term'),
  'autumn and spring term': span('academic', 1, 7, 'Term', 'autumn and spring terms'),
  'autumn and spring terms': span('academic', 1, 7, 'Term', 'autumn and spring terms'),
  'spring term': span('academic', 5, 7, 'Term', 'spring term'),
  'summer term': span('academic', 8, 11, 'Term', 'summer term'),
  'up until 31st march': span('academic', 1, 7, 'Part year', 'to 31 March'),
  'financial year': span('financial', 1, 12, 'Financial year', 'financial year'),
  'part 1 (april to september)': span('financial', 1, 6, 'Part year', 'financial year April to September'),
  'part 2 (october to march)': span('financial', 7, 12, 'Part year', 'financial year October to March'),
  'financial year part 1': span('financial', 1, 6, 'Part year', 'financial year April to September'),
  'financial year part 2': span('financial', 7, 12, 'Part year', 'financial year October to March'),
  'tax year': span('tax', 1, 12, 'Tax year', 'tax year'),
};

const YEAR_NAMES: Readonly<Record<string, YearKind>> = {
  academic: 'academic',
  financial: 'financial',
  tax: 'tax',
  calendar: 'calendar',
};

/** "Academic year Q2", "Financial year Q1-Q3" (EES also writes runs of quarters), "Calendar year Q4". */
function quarterSpan(identifier: string): Span | null {
  const match = /^(academic|financial|tax|calendar) year q([1-4])(?:\s*-\s*q([1-4]))?$/.exec(identifier);
  const kind = match?.[1] ? YEAR_NAMES[match[1]] : undefined;
  if (!match || !kind) return null;
  const first = Number(match[2]);
  const last = match[3] ? Number(match[3]) : first;
  if (last < first) return null;
  const prefix = kind === 'financial' || kind === 'tax' ? `${kind} year ` : '';
  const suffix = last === first ? `${prefix}Q${first}` : `${prefix}Q${first}-Q${last}`;
  return span(kind, first * 3 - 2, last * 3, last === first ? 'Quarter' : 'Part year', suffix);
}

function yearSpan(timePeriod: string, identifier: string): Period | null {
  const known = YEAR_SPANS[identifier] ?? quarterSpan(identifier);
  if (!known) return null;
  const calendar = known.kind === 'calendar' ? calendarYear(timePeriod) : null;
  const year = known.kind === 'calendar' ? null : splitYear(timePeriod);
  const first = calendar ?? year?.first;
  if (first === undefined) return null;
  const label = calendar !== null ? String(calendar) : (year?.label ?? '');
  return {
    label: known.suffix ? `${label} ${known.suffix}` : label,
    grain: known.grain,
    ...monthSpan(known.kind, first, known.from, known.to),
  };
}

function wholeCalendarYear(timePeriod: string, identifier: string): Period | null {
  const grain =
    identifier === 'calendar year'
      ? 'Calendar year'
      : identifier === 'reporting year'
        ? 'Reporting year'
        : null;
  const year = calendarYear(timePeriod);
  if (!grain || year === null) return null;
  return { label: String(year), grain, ...monthSpan('calendar', year, 1, 12) };
}

/** "March" or "Month 3" (EES codes months M1–M12 from January) of a calendar year, or of an academic year. */
function monthPeriod(timePeriod: string, identifier: string): Period | null {
  const numbered = /^month (\d{1,2})$/.exec(identifier);
  const month = numbered ? Number(numbered[1]) : MONTHS.indexOf(identifier as (typeof MONTHS)[number]) + 1;
  if (month < 1 || month > 12) return null;
  const calendar = calendarYear(timePeriod);
  const academic = splitYear(timePeriod);
  const year = calendar ?? (academic ? academic.first + (month < 9 ? 1 : 0) : null);
  if (year === null) return null;
  const name = capitalise(MONTHS[month - 1] ?? '');
  return { label: `${name} ${year}`, grain: 'Month', ...monthSpan('calendar', year, month, month) };
}

/** ISO week N of a calendar year, or of an academic year (weeks from late summer belong to its first year). */
function weekPeriod(timePeriod: string, identifier: string): Period | null {
  const match = /^week (\d{1,2})$/.exec(identifier);
  if (!match) return null;
  const week = Number(match[1]);
  const academic = splitYear(timePeriod);
  const year = calendarYear(timePeriod) ?? (academic ? academic.first + (week < 31 ? 1 : 0) : null);
  if (year === null || week < 1 || week > 53) return null;
  const start = isoWeekStart(year, week);
  // Week 53 exists only in years whose ISO calendar has one.
  if (week === 53 && isoWeekStart(year + 1, 1).getTime() === start.getTime()) return null;
  const end = new Date(start);
  end.setUTCDate(start.getUTCDate() + 6);
  return { label: `${year} week ${week}`, grain: 'Week', start: dateText(start), end: dateText(end) };
}

const DAY_LABEL = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

const normalise = (identifier: string): string => identifier.trim().toLowerCase().replace(/\s+/g, ' ');

export interface PeriodOptions {
  /** The row's `date` cell, where the file has one: a row of a dated file is that day, not its whole week. */
  date?: string | null;
}

/**
 * A labelled span, or null when the pair is not one EES defines (see `periodOf` for the fallback). With a date,
 * the row is one day inside its period: four dates of one week are four points, not one.
 */
export function parsePeriod(
  timePeriod: string,
  timeIdentifier: string,
  options: PeriodOptions = {},
): Period | null {
  const identifier = normalise(timeIdentifier);
  const period =
    yearSpan(timePeriod, identifier) ??
    wholeCalendarYear(timePeriod, identifier) ??
    weekPeriod(timePeriod, identifier) ??
    monthPeriod(timePeriod, identifier);
  const day = readDate(options.date);
  if (!period || !day) return period;
  return { label: DAY_LABEL.format(new Date(`${day}T00:00:00Z`)), grain: 'Day', start: day, end: day };
}

/**
 * Never a dead end: a pair EES does not define becomes its own category ('Other'), labelled as the file writes it,
 * dated to its year when one can be read (a four-digit year as a calendar year, a six-digit one as an academic year)
 * so it still sorts among the others.
 */
export function periodOf(timePeriod: string, timeIdentifier: string, options: PeriodOptions = {}): Period {
  const known = parsePeriod(timePeriod, timeIdentifier, options);
  if (known) return known;
  const label = `${timePeriod.trim()} ${timeIdentifier.trim().replace(/\s+/g, ' ')}`.trim() || '(no period)';
  const calendar = calendarYear(timePeriod);
  const academic = splitYear(timePeriod);
  const dates =
    calendar !== null
      ? monthSpan('calendar', calendar, 1, 12)
      : academic
        ? monthSpan('academic', academic.first, 1, 12)
        : { start: '', end: '' };
  return { label, grain: 'Other', ...dates };
}

/** Time order; undated periods after dated ones, in natural order of their labels ("Week 2" before "Week 10"). */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start === '' || b.start === '') {
    if (a.start !== b.start) return a.start === '' ? 1 : -1;
  } else if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.label.localeCompare(b.label, 'en-GB', { numeric: true });
}

/** The middle of a span, where a chart draws the point that summarises it. */
export function periodMidpoint(period: Pick<Period, 'start' | 'end'>): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`);
  return start + (end - start) / 2;
}
