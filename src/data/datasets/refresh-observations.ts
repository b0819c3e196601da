import type { LoadedDataset } from '../catalogue';
import type { SqlEngine } from '../sql-engine';
import { observationsViewSql } from '../sql/observations-view';

/** Makes `observations` (every figure in long form) over exactly these datasets. */
export async function refreshObservations(
  engine: SqlEngine,
  datasets: readonly LoadedDataset[],
): Promise<void> {
  await engine.query(
    observationsViewSql(
      datasets.map((d) => ({
        id: d.id,
        view: d.view,
        filterColumns: d.filters.map((f) => f.column),
        indicatorColumns: d.indicators.map((i) => i.column),
      })),
    ),
  );
}
