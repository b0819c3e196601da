import { useQuery } from '@tanstack/react-query';
import { ENGLAND } from '../../data/ees/geography';
import { analysisQueryOptions } from '../../data/queries/analysis-query-options';
import type { AnalysisRequest, AnalysisRow } from '../../data/sql/analysis-query';
import { schoolsColumnsOf } from '../../data/sql/schools-columns';
import { revisionOf, useDatasets } from '../datasets/use-datasets';

const whole = (value: number): string => Math.round(value).toLocaleString('en-GB');
const share = (row: AnalysisRow): number | null =>
  row.schools !== null && row.schools_total ? (100 * row.schools) / row.schools_total : null;

/**
 * "From 20,392 of 21,292 schools (96%); 80% in 2022/23": who a daily-collection figure counts, first and latest,
 * because a change in coverage can move a rate by itself (issue #11).
 */
export function coverageSentence(rows: readonly AnalysisRow[]): string | null {
  const counted = rows.filter((row) => share(row) !== null);
  const [first, latest] = [counted[0], counted.at(-1)];
  if (!first || !latest) return null;
  const latestShare = `From ${whole(latest.schools ?? 0)} of ${whole(latest.schools_total ?? 0)} schools (${Math.round(share(latest) ?? 0)}%) reporting`;
  if (first === latest) return `${latestShare}.`;
  return (
    `${latestShare}; ${Math.round(share(first) ?? 0)}% reported in ${first.period}. A change in which schools are ` +
    'counted can move a rate by itself.'
  );
}

/** The schools behind England's figure from one daily-collection dataset, where its file gives them. */
export function SchoolsReporting({ datasetId, indicator }: { datasetId: string; indicator: string }) {
  const { datasets } = useDatasets();
  const dataset = datasets.find((d) => d.id === datasetId);
  const schoolsColumns = schoolsColumnsOf(dataset);
  const request: AnalysisRequest | null =
    dataset && schoolsColumns
      ? {
          view: dataset.view,
          indicator,
          countColumn: null,
          phase: 'Total',
          levels: ['National'],
          areaCodes: [ENGLAND.code],
          regionCode: null,
          schoolsColumns,
        }
      : null;
  const query = useQuery(analysisQueryOptions(request, revisionOf(datasets, datasetId)));
  const sentence = coverageSentence(query.data?.rows ?? []);
  return sentence ? (
    <p className="source" data-testid="schools-reporting">
      {sentence}
    </p>
  ) : null;
}
