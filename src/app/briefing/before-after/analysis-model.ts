import { toChartModel, type ChartModel, type SeriesInputRow } from '../../../charts/series-model';
import type { AnalysisRow } from '../../../queries/analysis-query-options';
import type { SchoolCoverage } from './analysis-series';

/** Where each period sits on the time axis, read from the query's rows. */
export type PeriodDates = ReadonlyMap<
  string,
  { start: string | null; end: string | null; mid: number | null }
>;

export function periodDates(rows: readonly AnalysisRow[]): PeriodDates {
  return new Map(
    rows.map((row) => [row.period, { start: row.period_start, end: row.period_end, mid: row.period_mid }]),
  );
}

export interface ModelLine {
  key: string;
  name: string;
  values: readonly { period: string; value: number | null }[];
  /** The schools behind the line's published figures, by period, shown beside them in the hover and table. */
  schools?: SchoolCoverage;
}

/** Analysis lines (observed, fitted, projected, compared) as one chart model, placed by the periods' dates. */
export function analysisModel(dates: PeriodDates, lines: readonly ModelLine[]): ChartModel {
  const rows: SeriesInputRow[] = lines.flatMap((line) =>
    line.values.map(({ period, value }) => {
      const date = dates.get(period);
      return {
        period,
        period_start: date?.start ?? null,
        period_end: date?.end ?? null,
        period_mid: date?.mid ?? null,
        area_code: line.key,
        area_name: line.name,
        value,
        flag: value === null ? '' : null,
        schools: line.schools?.get(period)?.reporting ?? null,
        schools_total: line.schools?.get(period)?.total ?? null,
      };
    }),
  );
  return toChartModel(
    rows,
    lines.map((line) => line.key),
  );
}

/** The model's rows flattened for a CSV download: one row per period, one column per line. */
export function modelCsv(model: ChartModel, decimals: number) {
  const columns = ['period', ...model.lines.map((line) => line.key)];
  const rows = model.periods
    .filter((period) => !period.isBreak)
    .map((period) => ({
      period: period.label,
      ...Object.fromEntries(
        model.lines.map((line) => {
          const value = period.values[line.key];
          return [line.key, typeof value === 'number' ? Number(value.toFixed(decimals)) : null];
        }),
      ),
    }));
  return { columns, rows };
}
