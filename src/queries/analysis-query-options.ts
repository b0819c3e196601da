import { analysisQuery, type AnalysisRequest, type AnalysisRow } from '../data/sql/analysis-query';
import { rowsQueryOptions } from './rows-query-options';

export type { AnalysisRequest, AnalysisRow } from '../data/sql/analysis-query';

/** The event analyses' rows: one rate over time for some areas, with the count behind it where published. */
export const analysisQueryOptions = rowsQueryOptions<AnalysisRequest, AnalysisRow>('analysis', analysisQuery);
