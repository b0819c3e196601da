import type { Granularity, Point, TimelineEvent as AnalysisEvent } from '../../../analysis/analysis-types';
import { phaseOf, placeEvent } from '../../../analysis/event-phase';
import { slotSeries } from '../../../analysis/slot-series';
import type { Dataset } from '../../../data/catalogue';
import { ENGLAND } from '../../../data/ees/geography';
import type { AnalysisRequest, AnalysisRow } from '../../../queries/analysis-query-options';
import { schoolsColumnsOf } from '../../../queries/schools-columns';
import type { TimelineEvent } from '../../../timeline/event';

/** A rate the before/after tools can read, at the grain its dataset publishes it. */
export interface AnalysisMeasure {
  id: string;
  label: string;
  datasetId: string;
  indicator: string;
  /** Denominator for confidence intervals; null when the dataset publishes the rate alone. */
  countColumn: string | null;
  granularity: Granularity;
  /** Said beside the results when there is no count, so no interval. */
  noCountReason: string | null;
  /** Decimal places the figures are published with, from the loaded file's metadata; 2 until it is known. */
  decimals?: number;
  /** Said when the latest period covers part of a year and is left out (no whole year is like it). */
  partYearLatest?: string;
}

export const MEASURES: readonly AnalysisMeasure[] = [
  {
    id: 'annual-severe',
    label: 'Severe absence, academic years (annual census)',
    datasetId: 'annual_absence',
    indicator: 'enrolments_pa_50_exact_percent',
    countColumn: null,
    granularity: 'year',
    noCountReason:
      'The annual absence file publishes the severe absence rate without the enrolments behind it, so no ' +
      'confidence interval can be given for a difference.',
  },
  ...(
    [
      ['ytd-overall', 'attendance_ytd', 'academic year to date', 'year'],
      ['terms-overall', 'attendance_terms', 'terms (like term with like)', 'term'],
      ['weekly-overall', 'attendance_weekly', 'weeks of the autumn terms', 'week'],
    ] as const
  ).map(([id, datasetId, grain, granularity]) => ({
    id,
    label: `Overall absence, ${grain} (daily collection)`,
    datasetId,
    indicator: 'overall_absence_perc',
    countColumn: 'possible_sessions',
    granularity,
    noCountReason: null,
    ...(id === 'ytd-overall'
      ? {
          partYearLatest:
            'The latest year to date (2025/26) covers part of a year, which is not like a whole year: it is ' +
            'left out of these comparisons.',
        }
      : {}),
  })),
];

export type AreaLevel = 'National' | 'Regional' | 'Local authority';

export interface AreaChoice {
  code: string;
  name: string;
  level: AreaLevel;
  regionCode: string | null;
}

export function findArea(dataset: Dataset | undefined, code: string): AreaChoice {
  const area = dataset?.areas.find((a) => a.code === code);
  if (!area || code === ENGLAND.code) return { ...ENGLAND, level: 'National', regionCode: null };
  const level: AreaLevel = area.level === 'Regional' ? 'Regional' : 'Local authority';
  return { code: area.code, name: area.name, level, regionCode: area.regionCode };
}

/** One area's series, or (with `region`) every local authority of the area's region, for a comparison. */
export function analysisRequest(
  measure: AnalysisMeasure,
  dataset: Dataset,
  area: AreaChoice,
  region = false,
): AnalysisRequest {
  const countColumn =
    measure.countColumn && dataset.columns.includes(measure.countColumn) ? measure.countColumn : null;
  const schoolsColumns = schoolsColumnsOf(dataset);
  const base = {
    view: dataset.view,
    indicator: measure.indicator,
    countColumn,
    phase: 'Total',
    schoolsColumns,
  };
  if (region && area.regionCode)
    return { ...base, levels: ['Local authority'], areaCodes: null, regionCode: area.regionCode };
  return { ...base, levels: [area.level], areaCodes: [area.code], regionCode: null };
}

/** Rows of one area as analysis points: label, first day, value (null: no figure) and count. */
export function toPoints(rows: readonly AnalysisRow[], areaCode: string): Point[] {
  return rows
    .filter((row) => row.area_code === areaCode && row.period_start !== null)
    .map((row) => ({
      period: row.period,
      start: row.period_start ?? '',
      value: row.value,
      ...(row.count !== null && row.count > 0 ? { count: row.count } : {}),
    }));
}

/** The points a measure compares: a latest part year is set aside, as no whole year is like it. */
export function comparablePoints(points: readonly Point[], measure: Pick<AnalysisMeasure, 'partYearLatest'>) {
  if (!measure.partYearLatest || points.length === 0) return [...points];
  const latest = points.reduce((a, b) => (b.start > a.start ? b : a)).start;
  return points.filter((point) => point.start !== latest);
}

/** Schools reporting and schools open behind one area's figures, by period label, where the file gives them. */
export type SchoolCoverage = ReadonlyMap<string, { reporting: number; total: number | null }>;

export function schoolCoverage(rows: readonly AnalysisRow[], areaCode: string): SchoolCoverage {
  return new Map(
    rows
      .filter((row) => row.area_code === areaCode && row.schools !== null && row.schools > 0)
      .map((row) => [
        row.period,
        {
          reporting: row.schools ?? 0,
          total: row.schools_total !== null && row.schools_total > 0 ? row.schools_total : null,
        },
      ]),
  );
}

/**
 * The schools behind a mean of several areas' figures (a difference in differences' comparison group), by period:
 * their sums, where every area gives them; a period where one does not is left out rather than undercounted.
 */
export function pooledCoverage(rows: readonly AnalysisRow[], areaCodes: readonly string[]): SchoolCoverage {
  const each = areaCodes.map((code) => schoolCoverage(rows, code));
  const periods = [...new Set(each.flatMap((coverage) => [...coverage.keys()]))];
  return new Map(
    periods.flatMap((period) => {
      const counts = each.map((coverage) => coverage.get(period));
      if (counts.length === 0 || counts.some((count) => !count)) return [];
      const totals = counts.map((count) => count?.total ?? null);
      const reporting = counts.reduce((sum, count) => sum + (count?.reporting ?? 0), 0);
      const total = totals.every((value) => value !== null)
        ? totals.reduce<number>((sum, value) => sum + (value ?? 0), 0)
        : null;
      return [[period, { reporting, total }] as const];
    }),
  );
}

/** An event's date as precisely as it is known (YYYY-MM-DD, YYYY-MM or YYYY): a month is never a day. */
export function eventDate(event: Pick<TimelineEvent, 'start' | 'precision'>): string {
  if (event.precision === 'year') return event.start.slice(0, 4);
  if (event.precision === 'month') return event.start.slice(0, 7);
  return event.start;
}

export const asAnalysisEvent = (event: TimelineEvent): AnalysisEvent => ({
  date: eventDate(event),
  name: event.title,
  status: event.status,
});

/** Kinds of event that deliver something to schools or families, whose effects could overlap the chosen one's. */
const DELIVERY_TYPES: ReadonlySet<string> = new Set(['intervention', 'campaign', 'guidance']);

export function overlappingEvents(chosen: TimelineEvent, inScope: readonly TimelineEvent[]): AnalysisEvent[] {
  return inScope
    .filter((event) => event.id !== chosen.id && DELIVERY_TYPES.has(event.type))
    .map(asAnalysisEvent);
}

/**
 * A one-term series (the term of the first period after the event) for trend fits, which must not mix seasons;
 * the whole series back if the event cannot be placed (the analysis then refuses in its own words).
 */
export function likeTermSeries(points: readonly Point[], date: string): Point[] {
  const event = placeEvent(date, 'term');
  const slotted = slotSeries(points, 'term');
  if ('ok' in event || !slotted.ok) return [...points];
  const first = slotted.rows.find((row) => phaseOf(row, event) === 'after');
  if (!first) return [...points];
  return slotted.rows.filter((row) => row.slot.cycle === first.slot.cycle).map((row) => row.point);
}

/**
 * The run of periods with figures around the event: a trend cannot be fitted across a period with no figure
 * (2019/20), so the window starts after the last gap before the event and ends before the first gap after it.
 */
export function runAroundEvent(
  points: readonly Point[],
  date: string,
): { points: Point[]; dropped: string[] } {
  const sorted = [...points].sort((a, b) => a.start.localeCompare(b.start));
  const gaps = sorted.map((point, index) => (point.value === null ? index : -1)).filter((i) => i >= 0);
  const startOfEvent = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  const before = gaps.filter((i) => (sorted[i]?.start ?? '') < startOfEvent);
  const after = gaps.filter((i) => (sorted[i]?.start ?? '') >= startOfEvent);
  const from = before.length ? (before.at(-1) ?? -1) + 1 : 0;
  const to = after.length ? (after[0] ?? sorted.length) : sorted.length;
  const kept = sorted.slice(from, to);
  return {
    points: kept,
    dropped: sorted.filter((point) => !kept.includes(point)).map((point) => point.period),
  };
}
