import { listInWords } from './analysis-types';
import { academicYearLabel, academicYearOfDate } from './period-slots';
import type { SlottedPoint } from './slot-series';

/*
 * The pandemic years are not like other years. For 2019/20 DfE published the autumn term 2019 only; in 2020/21,
 * sessions pupils missed in circumstances relating to COVID-19 were recorded with code X, which does not count as
 * absence, and the code stayed in use until April 2022. So 2019/20 and 2020/21 never enter a like-for-like
 * comparison, a window is never run across them, and every chart flags 2020/21 and 2021/22.
 */

/** Academic years (by start year) left out of every comparison, and why. */
const LEFT_OUT: ReadonlyMap<number, string> = new Map([
  [
    2019,
    'DfE published the autumn term 2019 only (no two-term or full-year release), in the middle of the pandemic',
  ],
  [
    2020,
    'sessions pupils missed in circumstances relating to COVID-19 were recorded with a code that does not count ' +
      'as absence, so its rates are not like other years’',
  ],
]);

const FIRST = 2019;
const LAST = 2020;

/** The note every chart shows beside a figure of 2020/21 or 2021/22, by the period's first day; else null. */
export function pandemicNote(periodStart: string | null | undefined): string | null {
  const year = periodStart ? academicYearOfDate(periodStart) : null;
  if (year === 2020)
    return (
      'Not like other years: in 2020/21 sessions missed in circumstances relating to COVID-19 were recorded with ' +
      'code X, which does not count as absence.'
    );
  if (year === 2021)
    return (
      'Not like other years: until April 2022 sessions missed in circumstances relating to COVID-19 were still ' +
      'recorded with code X, which does not count as absence.'
    );
  return null;
}

/** "2021/22: Not like other years: …" for a period the flag applies to, so a list of flags names its periods. */
export function periodFlag(period: string, periodStart: string | null | undefined): string | null {
  const note = pandemicNote(periodStart);
  return note ? `${period}: ${note}` : null;
}

export interface LikeYears {
  rows: SlottedPoint[];
  /** The periods left out, each with why. */
  leftOut: { row: SlottedPoint; reason: string }[];
}

const ACROSS = `a comparison is not run across the pandemic years (${listInWords([...LEFT_OUT.keys()].map(academicYearLabel))})`;

/**
 * Leaves out 2019/20 and 2020/21, and the periods on the far side of them from the event, so no comparison or
 * window runs across the pandemic. `eventYear` is the academic year of the first period after the event.
 */
export function leaveOutPandemic(rows: readonly SlottedPoint[], eventYear: number): LikeYears {
  const yearOf = (row: SlottedPoint): number => academicYearOfDate(row.point.start) ?? row.slot.year;
  const leftOut: LikeYears['leftOut'] = [];
  const kept: SlottedPoint[] = [];
  for (const row of rows) {
    const year = yearOf(row);
    const reason =
      LEFT_OUT.get(year) ??
      ((eventYear > LAST && year < FIRST) || (eventYear < FIRST && year > LAST) ? ACROSS : null);
    if (reason === null) kept.push(row);
    else leftOut.push({ row, reason });
  }
  return { rows: kept, leftOut };
}

/** One caveat per reason, naming the periods it left out that the analysis would otherwise have used. */
export function leftOutNotes(leftOut: LikeYears['leftOut'], wouldUse: ReadonlySet<number>): string[] {
  const byReason = new Map<string, string[]>();
  for (const { row, reason } of leftOut.filter(({ row }) => wouldUse.has(row.slot.ordinal)))
    byReason.set(reason, [...(byReason.get(reason) ?? []), row.point.period]);
  return [...byReason].map(
    ([reason, periods]) =>
      `${listInWords(periods)} ${periods.length === 1 ? 'is' : 'are'} left out: ${reason}.`,
  );
}
