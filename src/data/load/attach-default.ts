import type { LoadedDataset } from '../catalogue';
import type { DescribedDataset } from '../default-description';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { CREATE_PERIODS_TABLE, PERIODS_TABLE } from '../sql/tidy-view';
import { createDescribedViews } from './described-views';
import { dropDataset } from './load-dataset';
import { TYPED_PERIODS, TYPED_ROWS, typedDatabase, typedFileName } from './typed-file';

export interface AttachRequest {
  /** The dataset as the loader described it at build time (`<id>.description.json`). */
  dataset: DescribedDataset;
  /** `<id>.duckdb`: the tidy table and its periods, as the loader stored them from the CSV. */
  typed: Uint8Array;
}

/**
 * A default dataset from its typed file, without parsing or profiling anything: the file is attached read-only from
 * the folder the lockdown allows and stays attached while the dataset is loaded (its columns are read in place,
 * compressed as they are on disk: copying them into the page's database took a second or more per file), its
 * periods are registered, and the same views as a CSV load's are made over its rows. Returns the build's
 * description, which is what the CSV load would have found.
 */
export async function attachDefault(engine: SqlEngine, request: AttachRequest): Promise<LoadedDataset> {
  const started = performance.now();
  const { dataset } = request;
  const database = typedDatabase(dataset.id);
  // The same dataset attached again (another store on this engine) replaces the first, as a CSV load does.
  await engine.query(`DETACH DATABASE IF EXISTS ${quoteIdent(database)}`);
  await engine.registerFile(typedFileName(dataset.id), request.typed);
  try {
    await engine.query(
      `ATTACH ${quoteLiteral(typedFileName(dataset.id))} AS ${quoteIdent(database)} (READ_ONLY)`,
    );
  } catch (error) {
    await engine.dropFile(typedFileName(dataset.id));
    throw error;
  }
  try {
    await engine.query(CREATE_PERIODS_TABLE);
    await engine.query(
      `INSERT INTO ${PERIODS_TABLE} SELECT ${quoteLiteral(dataset.id)}, * FROM ${quoteIdent(database)}.${TYPED_PERIODS}`,
    );
    await createDescribedViews(engine, dataset, { tidy: TYPED_ROWS, database });
  } catch (error) {
    // Detaches the file and forgets it, with whatever was made of it.
    await dropDataset(engine, dataset.id);
    throw error;
  }
  performance.measure('lens:attach', { start: started, detail: { file: dataset.fileName } });
  return { ...dataset, loadMs: performance.now() - started };
}
