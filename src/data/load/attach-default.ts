import type { LoadedDataset } from '../catalogue';
import type { DescribedDataset } from '../default-data';
import { FILE_FOLDER } from '../engine-lockdown';
import { PHASE_COLUMNS } from '../ees/phase';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import {
  CREATE_PERIODS_TABLE,
  fileViewSql,
  PERIODS_TABLE,
  tidyViewSql,
  type TidySource,
} from '../sql/tidy-view';
import { dropDataset } from './load-dataset';

/** The tables of a default dataset's typed file (`npm run data:build` writes them). */
export const TYPED_ROWS = 'tidy';
export const TYPED_PERIODS = 'periods';

export interface AttachRequest {
  /** The dataset as the loader described it at build time (`<id>.description.json`). */
  dataset: DescribedDataset;
  /** `<id>.duckdb`: the tidy table and its periods, as the loader stored them from the CSV. */
  typed: Uint8Array;
}

/**
 * A default dataset from its typed file, without parsing or profiling anything: the file is attached read-only from
 * the folder the lockdown allows, its rows copied into the page's compressed database as the tidy table the CSV
 * load would have built, its periods registered, and the same views made over them. Returns the build's
 * description, which is what the CSV load would have found.
 */
export async function attachDefault(engine: SqlEngine, request: AttachRequest): Promise<LoadedDataset> {
  const started = performance.now();
  const { dataset } = request;
  const file = `${FILE_FOLDER}${dataset.id}.duckdb`;
  const alias = quoteIdent(`default$${dataset.id}`);
  const source: TidySource = {
    id: dataset.id,
    table: dataset.table,
    view: dataset.view,
    tidy: `tidy_${dataset.id}`,
    columns: dataset.columns,
    phaseColumn: PHASE_COLUMNS.find((name) => dataset.columns.includes(name)) ?? null,
    indicators: dataset.indicators.map((i) => i.column),
  };
  await engine.registerFile(file, request.typed);
  try {
    await engine.query(`ATTACH ${quoteLiteral(file)} AS ${alias} (READ_ONLY)`);
    try {
      await engine.query(
        `CREATE OR REPLACE TABLE ${quoteIdent(source.tidy)} AS SELECT * FROM ${alias}.${TYPED_ROWS}`,
      );
      await engine.query(CREATE_PERIODS_TABLE);
      await engine.query(`DELETE FROM ${PERIODS_TABLE} WHERE dataset = ${quoteLiteral(dataset.id)}`);
      await engine.query(
        `INSERT INTO ${PERIODS_TABLE} SELECT ${quoteLiteral(dataset.id)}, * FROM ${alias}.${TYPED_PERIODS}`,
      );
      await engine.query(tidyViewSql(source));
      await engine.query(fileViewSql(source));
    } finally {
      await engine.query(`DETACH ${alias}`);
    }
  } catch (error) {
    await dropDataset(engine, dataset.id);
    throw error;
  } finally {
    await engine.dropFile(file);
  }
  return { ...dataset, loadMs: performance.now() - started };
}
