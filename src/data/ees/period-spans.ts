/**
 * The date arithmetic behind EES time identifiers: which months of which year a span covers. Months are counted
 * from the start of the year kind (month 1 = September of an academic year, April of a financial or tax year).
 */
export const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The year kinds EES writes as a six-digit `time_period` (202324), with the calendar month each starts in. */
export const YEAR_STARTS = { academic: 9, financial: 4, tax: 4, calendar: 1 } as const;
export type YearKind = keyof typeof YEAR_STARTS;

/** 202324, 2023/24 and 2023-24 all mean the year starting in 2023 (academic, financial or tax). */
export function splitYear(timePeriod: string): { first: number; label: string } | null {
  const match = /^(\d{4})(?:[/-]?(\d{2}))$/.exec(timePeriod.trim());
  if (!match?.[2]) return null;
  const first = Number(match[1]);
  if ((first + 1) % 100 !== Number(match[2])) return null;
  return { first, label: `${first}/${match[2]}` };
}

export function calendarYear(timePeriod: string): number | null {
  const text = timePeriod.trim();
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

/** Calendar year and month of the `offset`th month (1-based) of a year of `kind` starting in `firstYear`. */
function monthOf(kind: YearKind, firstYear: number, offset: number): { year: number; month: number } {
  const zeroBased = YEAR_STARTS[kind] - 1 + offset - 1;
  return { year: firstYear + Math.floor(zeroBased / 12), month: (zeroBased % 12) + 1 };
}

/** ISO dates of months `from`..`to` (1-based, inclusive) of a year of `kind`. */
export function monthSpan(
  kind: YearKind,
  firstYear: number,
  from: number,
  to: number,
): { start: string; end: string } {
  const a = monthOf(kind, firstYear, from);
  const b = monthOf(kind, firstYear, to);
  const start = iso(a.year, a.month, 1);
  const end = iso(b.year, b.month, lastDay(b.year, b.month));
  if (kind !== 'tax') return { start, end };
  // The tax year runs 6 April to 5 April; its quarters are shown by month, as precise as a chart needs.
  return {
    start: from === 1 ? iso(a.year, 4, 6) : start,
    end: to === 12 ? iso(b.year, 4, 5) : end,
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

export const dateText = (date: Date): string => date.toISOString().slice(0, 10);

export const MONTHS = [
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
] as const;

export const capitalise = (text: string): string => (text[0]?.toUpperCase() ?? '') + text.slice(1);

/** A date cell as ISO: 2023-09-11, 2023-09-11T00:00:00, 11/09/2023 (DfE writes day first) or 20230911. */
export function readDate(text: string | null | undefined): string | null {
  const value = (text ?? '').trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  const ukMatch = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  const parts = isoMatch
    ? [isoMatch[1], isoMatch[2], isoMatch[3]]
    : ukMatch
      ? [ukMatch[3], ukMatch[2], ukMatch[1]]
      : compact
        ? [compact[1], compact[2], compact[3]]
        : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return iso(year, month, day);
}
