import { ENGLAND } from '../../data/ees/geography';
import {
  analysisQueryOptions,
  type AnalysisRequest,
  type AnalysisRow,
} from '../../queries/analysis-query-options';
import { useAnswer } from '../../queries/use-answer';
import { schoolsColumnsOf } from '../../queries/schools-columns';
import { onAverage, schoolsNumber, sharePercent } from '../../charts/schools-reporting';
import { revisionOf, useDatasets } from '../../queries/use-datasets';

const share = (row: AnalysisRow): number | null =>
  row.schools !== null && row.schools_total ? sharePercent(row.schools, row.schools_total) : null;

/**
 * "From 20,747.3 of 21,313 schools (97%) reporting on average; 80% in 2022/23": who a daily-collection figure
 * counts, first and latest, because a change in coverage can move a rate by itself (issue #11).
 */
export function coverageSentence(rows: readonly AnalysisRow[]): string | null {
  const counted = rows.filter((row) => share(row) !== null);
  const [first, latest] = [counted[0], counted.at(-1)];
  if (!first || !latest) return null;
  const reporting = latest.schools ?? 0;
  const latestShare = `From ${schoolsNumber(reporting)} of ${schoolsNumber(latest.schools_total ?? 0)} schools (${share(latest) ?? 0}%) reporting${onAverage(reporting)}`;
  if (first === latest) return `${latestShare}.`;
  return (
    `${latestShare}; ${share(first) ?? 0}% reported in ${first.period}. A change in which schools are ` +
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
  const { rows } = useAnswer(analysisQueryOptions(request, revisionOf(datasets, datasetId)), false);
  const sentence = coverageSentence(rows);
  return sentence ? (
    <p className="source" data-testid="schools-reporting">
      {sentence}
    </p>
  ) : null;
}
