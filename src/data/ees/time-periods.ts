/**
 * EES time periods: `time_period` + `time_identifier` to a labelled span with start and end dates.
 * Term dates are nominal (schools' own term dates vary); they place points and events on one time axis.
 */
export type Grain =
  | 'Academic year'
  | 'Year to date'
  | 'Term'
  | 'Week'
  | 'Month'
  | 'Quarter'
  | 'Calendar year'
  | 'Financial year'
  | 'Unknown';

export interface Period {
  label: string;
  grain: Grain;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** 202324, 2023/24 and 2023-24 all mean the academic (or financial) year starting in 2023. */
function splitYear(timePeriod: string): { first: number; label: string } | null {
  const text = timePeriod.trim();
  const match = /^(\d{4})(?:[/-]?(\d{2}))$/.exec(text);
  if (!match?.[2]) return null;
  const first = Number(match[1]);
  const second = Number(match[2]);
  if ((first + 1) % 100 !== second) return null;
  return { first, label: `${first}/${match[2]}` };
}

const calendarYear = (timePeriod: string): number | null => {
  const text = timePeriod.trim();
  return /^\d{4}$/.test(text) ? Number(text) : null;
};

// Spans of the academic year in [startMonth, endMonth] counted from September (month 1 = September).
const ACADEMIC_SPANS: Readonly<Record<string, { from: number; to: number; grain: Grain; suffix: string }>> = {
  'academic year': { from: 1, to: 12, grain: 'Academic year', suffix: '' },
  'full academic year': { from: 1, to: 12, grain: 'Academic year', suffix: '' },
  'six half terms': { from: 1, to: 12, grain: 'Academic year', suffix: '' },
  'five half terms': { from: 1, to: 9, grain: 'Term', suffix: 'five half terms' },
  'year to date': { from: 1, to: 12, grain: 'Year to date', suffix: 'year to date' },
  'autumn term': { from: 1, to: 4, grain: 'Term', suffix: 'autumn term' },
  'autumn and spring term': { from: 1, to: 7, grain: 'Term', suffix: 'autumn and spring terms' },
  'spring term': { from: 5, to: 7, grain: 'Term', suffix: 'spring term' },
  'summer term': { from: 8, to: 11, grain: 'Term', suffix: 'summer term' },
  'academic year q1': { from: 1, to: 3, grain: 'Quarter', suffix: 'Q1' },
  'academic year q2': { from: 4, to: 6, grain: 'Quarter', suffix: 'Q2' },
  'academic year q3': { from: 7, to: 9, grain: 'Quarter', suffix: 'Q3' },
  'academic year q4': { from: 10, to: 12, grain: 'Quarter', suffix: 'Q4' },
};

function academicMonth(firstYear: number, monthOfYear: number): { year: number; month: number } {
  const zeroBased = 8 + monthOfYear - 1; // September is 8 counting January as 0
  return { year: firstYear + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

function academicSpan(timePeriod: string, identifier: string): Period | null {
  const span = ACADEMIC_SPANS[identifier];
  const year = splitYear(timePeriod);
  if (!span || !year) return null;
  const from = academicMonth(year.first, span.from);
  const to = academicMonth(year.first, span.to);
  return {
    label: span.suffix ? `${year.label} ${span.suffix}` : year.label,
    grain: span.grain,
    start: iso(from.year, from.month, 1),
    end: iso(to.year, to.month, lastDay(to.year, to.month)),
  };
}

/** ISO 8601 week N of a year: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = new Date(jan4);
  mondayOfWeek1.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7));
  mondayOfWeek1.setUTCDate(mondayOfWeek1.getUTCDate() + (week - 1) * 7);
  return mondayOfWeek1;
}

const dateText = (date: Date): string => date.toISOString().slice(0, 10);

function weekSpan(timePeriod: string, identifier: string): Period | null {
  const match = /^week (\d{1,2})$/.exec(identifier);
  const year = calendarYear(timePeriod);
  if (!match || year === null) return null;
  const week = Number(match[1]);
  if (week < 1 || week > 53) return null;
  const start = isoWeekStart(year, week);
  const end = new Date(start);
  end.setUTCDate(start.getUTCDate() + 6);
  return { label: `${year} week ${week}`, grain: 'Week', start: dateText(start), end: dateText(end) };
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function calendarSpan(timePeriod: string, identifier: string): Period | null {
  const year = calendarYear(timePeriod);
  if (year === null) return null;
  if (identifier === 'calendar year') {
    return { label: String(year), grain: 'Calendar year', start: iso(year, 1, 1), end: iso(year, 12, 31) };
  }
  const month = MONTHS.indexOf(identifier) + 1;
  if (month > 0) {
    const name = identifier[0]?.toUpperCase() + identifier.slice(1);
    return {
      label: `${name} ${year}`,
      grain: 'Month',
      start: iso(year, month, 1),
      end: iso(year, month, lastDay(year, month)),
    };
  }
  const quarter = /^calendar year q([1-4])$/.exec(identifier);
  if (quarter) {
    const q = Number(quarter[1]);
    const endMonth = q * 3;
    return {
      label: `${year} Q${q}`,
      grain: 'Quarter',
      start: iso(year, endMonth - 2, 1),
      end: iso(year, endMonth, lastDay(year, endMonth)),
    };
  }
  return null;
}

function financialSpan(timePeriod: string, identifier: string): Period | null {
  const year = splitYear(timePeriod);
  if (identifier !== 'financial year' || !year) return null;
  return {
    label: `${year.label} financial year`,
    grain: 'Financial year',
    start: iso(year.first, 4, 1),
    end: iso(year.first + 1, 3, 31),
  };
}

/** A labelled span, or null when the pair is not one EES uses (the caller says which row and column). */
export function parsePeriod(timePeriod: string, timeIdentifier: string): Period | null {
  const identifier = timeIdentifier.trim().toLowerCase().replace(/\s+/g, ' ');
  return (
    academicSpan(timePeriod, identifier) ??
    weekSpan(timePeriod, identifier) ??
    calendarSpan(timePeriod, identifier) ??
    financialSpan(timePeriod, identifier)
  );
}

/** The middle of a span, where a chart draws the point that summarises it. */
export function periodMidpoint(period: Pick<Period, 'start' | 'end'>): number {
  const start = Date.parse(`${period.start}T00:00:00Z`);
  const end = Date.parse(`${period.end}T00:00:00Z`);
  return start + (end - start) / 2;
}
