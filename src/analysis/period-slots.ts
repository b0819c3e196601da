import type { Granularity } from './analysis-types';

/*
 * Places dates and periods on one counted line per granularity (a "slot"), so that "the year before", "the same
 * term a year earlier" and "the same ISO week a year earlier" are plain arithmetic on `ordinal`.
 *
 * Academic years run 1 September to 31 August. Terms are told from the period's label when it names exactly one
 * term; otherwise from the month: September–December autumn, January–March spring, April–August summer. Easter,
 * which ends the spring term, moves between late March and late April, so an April date may sit in either term.
 */

/** A period's place on the counted line of its granularity. */
export interface Slot {
  /** Position on the line: academic start year, 3 × year + term, or ISO week count. */
  ordinal: number;
  /** Academic start year (2023 for 2023/24) or, for weeks, the ISO week-numbering year. */
  year: number;
  /** Term index (0 autumn, 1 spring, 2 summer), ISO week number, or 0 for years. */
  cycle: number;
  label: string;
}

const TERM_NAMES = ['Autumn', 'Spring', 'Summer'] as const;

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Reads YYYY-MM-DD, YYYY-MM or YYYY; null when the text is none of these or names an impossible day. */
export function parseDateParts(text: string): DateParts | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null) {
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  }
  return { year, month, day };
}

export function academicYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

function academicYearOf(year: number, month: number): number {
  return month >= 9 ? year : year - 1;
}

/** The academic year (start year) of a period's date: years run from September to August. */
export function academicYearOfDate(date: string): number | null {
  const parts = parseDateParts(date);
  if (!parts) return null;
  return parts.month === null ? parts.year : academicYearOf(parts.year, parts.month);
}

function termOfMonth(month: number): number {
  if (month >= 9) return 0;
  return month <= 3 ? 1 : 2;
}

/** The single term a label names, 'several' for cumulative periods such as "Autumn and spring term", or null. */
export function termFromLabel(label: string): number | 'several' | null {
  const named = TERM_NAMES.map((name, index) =>
    label.toLowerCase().includes(name.toLowerCase()) ? index : -1,
  );
  const found = named.filter((index) => index >= 0);
  if (found.length > 1) return 'several';
  return found[0] ?? null;
}

function yearSlot(year: number): Slot {
  return { ordinal: year, year, cycle: 0, label: academicYearLabel(year) };
}

export function termSlot(year: number, term: number): Slot {
  return {
    ordinal: year * 3 + term,
    year,
    cycle: term,
    label: `${academicYearLabel(year)} ${TERM_NAMES[term] ?? ''} term`,
  };
}

/** ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday. */
function weekSlot(year: number, month: number, day: number): Slot {
  const days = Date.UTC(year, month - 1, day) / 86_400_000;
  const weekday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Monday
  const thursday = new Date((days - weekday + 3) * 86_400_000);
  const isoYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000));
  return { ordinal: (days - weekday + 3) / 7, year: isoYear, cycle: week, label: `${isoYear} Week ${week}` };
}

/**
 * The slot of a date (and, for terms, of a period label that may name the term). Returns a sentence saying why
 * when the date is too coarse for the granularity, e.g. a month cannot be placed in an ISO week.
 */
export function slotOf(date: string, granularity: Granularity, label = ''): Slot | string {
  const parts = parseDateParts(date);
  if (!parts) return `"${date}" is not a date in the form YYYY-MM-DD.`;
  if (parts.month === null) {
    return `${date} is known only to the year, so it cannot be placed in an academic year, term or week.`;
  }
  const academicYear = academicYearOf(parts.year, parts.month);
  if (granularity === 'year') return yearSlot(academicYear);
  if (granularity === 'term') {
    const named = termFromLabel(label);
    if (named === 'several') {
      return `"${label}" covers more than one term; like-for-like comparisons need single terms.`;
    }
    return termSlot(academicYear, named ?? termOfMonth(parts.month));
  }
  if (parts.day === null) return `${date} is known only to the month, so it cannot be placed in a week.`;
  return weekSlot(parts.year, parts.month, parts.day);
}

/** Key of "the same period": the same term or ISO week number in another year. */
export function sameSlotIn(slot: Slot, year: number): string {
  return `${year}:${slot.cycle}`;
}

export function slotKey(slot: Slot): string {
  return sameSlotIn(slot, slot.year);
}
