/**
 * Calendar dates kept as ISO strings (YYYY-MM-DD): they sort and compare as text and never shift with the
 * reader's time zone, which a `Date` at local midnight would.
 */
export type DatePrecision = 'day' | 'month' | 'year';

/** The days a partly known date covers: `2022-03` is all of March 2022. */
export interface DateSpan {
  start: string;
  end: string;
  precision: DatePrecision;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps daylight saving out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function format(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** True for a real calendar day written YYYY-MM-DD (rejects 2023-02-29). */
export function isIsoDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Reads YYYY-MM-DD, YYYY-MM or YYYY; null when the text is none of these or not a real date. */
export function parsePartialDate(text: string): DateSpan | null {
  if (isIsoDate(text)) return { start: text, end: text, precision: 'day' };
  const month = MONTH.exec(text);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return null;
    return { start: format(y, m, 1), end: format(y, m, daysInMonth(y, m)), precision: 'month' };
  }
  const year = YEAR.exec(text);
  if (year) {
    const y = Number(year[1]);
    return { start: format(y, 1, 1), end: format(y, 12, 31), precision: 'year' };
  }
  return null;
}

/** Shifts a valid ISO date by whole days. */
export function addDays(iso: string, days: number): string {
  const match = DAY.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: "${iso}"`);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
