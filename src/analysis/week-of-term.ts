import { listInWords } from './analysis-types';
import { academicYearOfDate, academicYearLabel, parseDateParts, slotOf } from './period-slots';
import type { SlottedPoint } from './slot-series';

/*
 * Weekly absence has a season within each term (low in the first week back, rising into winter), so a weekly
 * trend fit carries one indicator per week of term, as Lopez Bernal, Cummins and Gasparrini (2017) adjust for
 * season with indicators. The term is told from the week's Monday (September–December autumn, January–March
 * spring, April–August summer); week 1 of a term is the week holding the first Monday of its first month.
 */

const TERMS = [
  { name: 'autumn', firstMonth: 9 },
  { name: 'spring', firstMonth: 1 },
  { name: 'summer', firstMonth: 4 },
] as const;

function termOf(month: number): (typeof TERMS)[number] {
  if (month >= 9) return TERMS[0];
  return month <= 3 ? TERMS[1] : TERMS[2];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "autumn week 3": the week's term and its place in it, or null when the date cannot be read. */
export function weekOfTerm(row: SlottedPoint): string | null {
  const parts = parseDateParts(row.point.start);
  if (!parts?.month) return null;
  const term = termOf(parts.month);
  const firstDay = new Date(Date.UTC(parts.year, term.firstMonth - 1, 1));
  const firstMonday = 1 + ((8 - firstDay.getUTCDay()) % 7);
  const anchor = slotOf(`${parts.year}-${pad(term.firstMonth)}-${pad(firstMonday)}`, 'week');
  if (typeof anchor === 'string') return null;
  return `${term.name} week ${row.slot.ordinal - anchor.ordinal + 1}`;
}

export interface Seasons {
  /** Rows whose week of term is seen in at least two school years, with that week of term. */
  rows: { row: SlottedPoint; season: string }[];
  /** The weeks of term kept, in order of first appearance; the first is the reference the others are measured from. */
  seasons: string[];
  /** Why some weeks were left out, or null. */
  note: string | null;
}

/**
 * Pairs each weekly row with its week of term, leaving out weeks whose week of term appears in a single school
 * year: one figure cannot tell that week's season from everything else that happened then.
 */
export function weeklySeasons(rows: readonly SlottedPoint[]): Seasons {
  const labelled = rows.map((row) => ({ row, season: weekOfTerm(row) ?? '' }));
  const years = new Map<string, Set<number>>();
  for (const { row, season } of labelled)
    years.set(season, (years.get(season) ?? new Set()).add(academicYearOfDate(row.point.start) ?? 0));
  const kept = labelled.filter(({ season }) => season !== '' && (years.get(season)?.size ?? 0) >= 2);
  const dropped = labelled.filter((item) => !kept.includes(item));
  const seasons = [...new Set(kept.map(({ season }) => season))];
  const note =
    dropped.length === 0
      ? null
      : `${listInWords(dropped.map(({ row }) => row.point.period))} ${dropped.length === 1 ? 'is' : 'are'} left ` +
        `out of the trend fit: ${dropped.length === 1 ? 'its' : 'their'} week of term appears in one school year ` +
        `only (${listInWords([...new Set(dropped.map(({ row }) => academicYearLabel(academicYearOfDate(row.point.start) ?? 0)))])}), ` +
        'so its season cannot be estimated.';
  return { rows: kept, seasons, note };
}
