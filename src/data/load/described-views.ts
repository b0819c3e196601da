import type { DescribedDataset } from '../default-description';
import { PHASE_COLUMNS } from '../ees/phase';
import type { SqlEngine } from '../sql-engine';
import { fileViewSql, tidyViewSql, type TidySource } from '../sql/tidy-view';

/** Where a described dataset's typed rows are: a table or view, in an attached database or the page's own. */
export type TypedRows = Pick<TidySource, 'tidy' | 'database'>;

/** A dataset described at build time, as the tidy view reads it: nothing is profiled, the description says it all. */
export function describedSource(dataset: DescribedDataset, rows: TypedRows): TidySource {
  return {
    id: dataset.id,
    table: dataset.table,
    view: dataset.view,
    ...rows,
    columns: dataset.columns,
    phaseColumn: PHASE_COLUMNS.find((name) => dataset.columns.includes(name)) ?? null,
    indicators: dataset.indicators.map((i) => i.column),
  };
}

/**
 * The same tidy and file views a CSV load makes, over rows typed earlier (a default's typed file, a hosted set's
 * partitions), so the views' SQL runs on them unchanged.
 */
export async function createDescribedViews(
  engine: Pick<SqlEngine, 'query'>,
  dataset: DescribedDataset,
  rows: TypedRows,
): Promise<void> {
  const source = describedSource(dataset, rows);
  await engine.query(tidyViewSql(source));
  await engine.query(fileViewSql(source));
}
