import { pandemicNote } from '../analysis/pandemic-years';
import { NO_ROW } from '../data/ees/missing-values';
import { schoolsCountOf, type SchoolsCount } from './schools-reporting';

/** Rows of one indicator (period × area) reshaped for a line chart and its table: one x per period. */
export interface SeriesInputRow {
  period: string;
  period_start?: string | null;
  period_end?: string | null;
  period_mid: number | null;
  area_code: string | null;
  area_name: string | null;
  value: number | null;
  flag: string | null;
  /** Schools reporting and schools open behind the figure, where the file gives them. */
  schools?: number | null;
  schools_total?: number | null;
}

export interface SeriesLine {
  key: string;
  name: string;
}

export interface ChartPeriod {
  x: number;
  label: string;
  values: Record<string, number | null>;
  /** Why a value is missing, by line key: the symbol as published. */
  flags: Record<string, string>;
  /** A stretch with no periods at all (between autumn terms, say): drawn as a gap, not listed in tables. */
  isBreak?: boolean;
  /** Said beside every figure of the period in hovers and tables: 2020/21 and 2021/22 are not like other years. */
  note?: string;
  /** Schools behind each line's figure, by line key, where the file gives them: coverage can move a rate. */
  schools?: Record<string, SchoolsCount>;
}

export interface ChartModel {
  lines: SeriesLine[];
  periods: ChartPeriod[];
}

/** Lines keep the order areas are given in; England (or the first area) is drawn with emphasis by the caller. */
export function toChartModel(rows: readonly SeriesInputRow[], lineOrder: readonly string[] = []): ChartModel {
  const lines = new Map<string, SeriesLine>();
  const periods = new Map<number, ChartPeriod>();
  for (const row of rows) {
    if (row.period_mid === null || row.area_code === null) continue;
    if (!lines.has(row.area_code))
      lines.set(row.area_code, { key: row.area_code, name: row.area_name ?? row.area_code });
    let period = periods.get(row.period_mid);
    if (!period) {
      period = { x: row.period_mid, label: row.period, values: {}, flags: {} };
      const note = pandemicNote(row.period_start);
      if (note) period.note = note;
      periods.set(row.period_mid, period);
    }
    period.values[row.area_code] = row.value;
    const schools = row.value !== null ? schoolsCountOf(row) : undefined;
    if (schools) (period.schools ??= {})[row.area_code] = schools;
    if (row.value === null) period.flags[row.area_code] = row.flag ?? '';
  }
  const rank = (key: string) => {
    const index = lineOrder.indexOf(key);
    return index < 0 ? lineOrder.length : index;
  };
  const ordered = [...lines.values()].sort(
    (a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name),
  );
  const sortedPeriods = withBreaks(
    [...periods.values()].sort((a, b) => a.x - b.x),
    rows,
  );
  // A line with no row for a period has a gap there too, never a line drawn across it.
  for (const period of sortedPeriods)
    for (const line of ordered)
      if (!(line.key in period.values)) {
        period.values[line.key] = null;
        period.flags[line.key] = NO_ROW;
      }
  return { lines: ordered, periods: sortedPeriods };
}

const DAY = 86_400_000;

/**
 * The longest period's length in ms, 0 without dated rows. Every area's row of a period repeats its dates, so each
 * start and end pair is parsed once: a weekly series of many areas has tens of thousands of rows.
 */
function longestPeriod(rows: readonly SeriesInputRow[]): number {
  const endOf = new Map<string, string>();
  let longest = 0;
  for (const { period_start: start, period_end: end } of rows) {
    if (!start || !end || endOf.get(start) === end) continue;
    endOf.set(start, end);
    longest = Math.max(longest, Date.parse(end) - Date.parse(start) + DAY);
  }
  return longest;
}

/**
 * Where the data skips a stretch of time (weekly files hold autumn terms only), a period-less break goes in, so no
 * line is drawn across months with no figures. A break is a gap of more than one and a half times the longest period.
 */
function withBreaks(periods: ChartPeriod[], rows: readonly SeriesInputRow[]): ChartPeriod[] {
  const length = longestPeriod(rows);
  if (!length) return periods;
  const result: ChartPeriod[] = [];
  periods.forEach((period, index) => {
    const previous = periods[index - 1];
    if (previous && period.x - previous.x > 1.5 * length) {
      result.push({ x: (previous.x + period.x) / 2, label: '', values: {}, flags: {}, isBreak: true });
    }
    result.push(period);
  });
  return result;
}
