import type { Dataset } from '../../data/catalogue';
import { ENGLAND } from '../../data/ees/geography';
import { seriesQueryOptions, type SeriesRequest } from '../../queries/series-query-options';
import { useAnswer } from '../../queries/use-answer';
import { revisionOf, useDatasets } from '../../queries/use-datasets';
import type { TrendsUrl } from '../url/trends-url';
import type { HeadlinePoint } from './headline-figures';

/** England, all schools, one indicator over every period; other filter columns pinned to their total. */
export function englandRequest(dataset: Dataset | undefined, indicator: string): SeriesRequest | null {
  if (!dataset || !dataset.indicators.some((i) => i.column === indicator)) return null;
  const filters = Object.fromEntries(
    dataset.filters.map((f) => [f.column, f.values.includes('Total') ? 'Total' : (f.values[0] ?? '')]),
  );
  return {
    view: dataset.view,
    indicator,
    levels: ['National'],
    phase: 'Total',
    areaCodes: [ENGLAND.code],
    filters,
    from: null,
    to: null,
  };
}

export const headlinePoints = (
  rows: readonly { period: string; period_start: string | null; value: number | null }[],
): HeadlinePoint[] => rows.map((row) => ({ period: row.period, start: row.period_start, value: row.value }));

/** The trends view showing the same chart, for people who want to explore it further. */
export const EXPLORE = {
  dataset: 'annual_absence',
  indicator: 'enrolments_pa_50_exact_percent',
  geo: { kind: 'level', level: 'National' },
  phase: 'Total',
} as const satisfies Partial<TrendsUrl>;

/** England's series of one indicator, read again when its dataset is loaded again; one cached query per input. */
export function useEnglandSeries(datasetId: string, indicator: string) {
  const { datasets } = useDatasets();
  const revision = revisionOf(datasets, datasetId);
  const request = englandRequest(
    datasets.find((d) => d.id === datasetId),
    indicator,
  );
  return { request, revision, ...useAnswer(seriesQueryOptions(request, revision)) };
}
