import type { LoadedDataset } from '../catalogue';
import type { SqlEngine } from '../sql-engine';
import { questionMarks } from '../sql/placeholders';
import { quoteIdent, quoteLiteral } from '../sql/quote';
import { CREATE_PERIODS_TABLE, PERIODS_TABLE } from '../sql/tidy-view';
import { createDescribedViews } from '../load/described-views';
import { TYPED_PERIODS, TYPED_ROWS } from '../load/typed-file';
import { checkManifest } from './check-manifest';
import type { HostedManifest, HostedPartition } from './hosted-manifest';

/**
 * Makes one partition readable and says what to ATTACH: in the browser a name registered by URL (read by HTTP
 * ranges), in a test a name registered with the file's bytes, on native DuckDB the file's path.
 */
export type OpenPartition = (partition: HostedPartition) => Promise<string>;

/** The attached name of a hosted set's partition, and the view of all its rows in the page's own database. */
export const partitionDatabase = (id: string, index: number | ''): string => `hosted$${id}$${index}`;
export const hostedRows = (id: string): string => `hosted_rows_${id}`;

/**
 * A hosted set, attached without reading its rows: every partition read-only (DuckDB reads a file's header and
 * catalogue, a few blocks), one view over all of them, and the same tidy and file views a CSV load makes, so the
 * views' SQL runs on it unchanged. A query then reads only the blocks it needs: a filter on the level or the period
 * skips other partitions by their statistics, and one on an area skips the row groups sorted away from its code.
 * Cancelled (`signal`) or failed, it leaves nothing of the set attached.
 */
export async function attachHosted(
  engine: SqlEngine,
  given: HostedManifest,
  open: OpenPartition,
  signal?: AbortSignal,
): Promise<LoadedDataset> {
  const started = performance.now();
  // Checked again here, for callers that read a manifest themselves: names come from the checked id.
  const manifest = checkManifest(given, String(given.dataset?.id));
  const { dataset } = manifest;
  await detachHosted(engine, dataset.id);
  try {
    for (const [index, partition] of manifest.partitions.entries()) {
      // Cancel is heard between partitions: each ATTACH reads a few blocks over the network.
      signal?.throwIfAborted();
      await engine.query(
        `ATTACH ${quoteLiteral(await open(partition))} AS ${quoteIdent(partitionDatabase(dataset.id, index))} (READ_ONLY)`,
      );
    }
    signal?.throwIfAborted();
    const rows = manifest.partitions
      .map((_, index) => `SELECT * FROM ${quoteIdent(partitionDatabase(dataset.id, index))}.${TYPED_ROWS}`)
      .join('\nUNION ALL ');
    await engine.query(`CREATE OR REPLACE VIEW ${quoteIdent(hostedRows(dataset.id))} AS ${rows}`);
    // A period listed by several files is described by each: it is read from the first that lists it.
    const describedBy = manifest.partitions.map((partition, index) =>
      partition.periods.filter(
        (period) => manifest.partitions.findIndex((p) => p.periods.includes(period)) === index,
      ),
    );
    const periodReads = describedBy.flatMap((periods, index) =>
      periods.length === 0
        ? []
        : [
            `SELECT * FROM ${quoteIdent(partitionDatabase(dataset.id, index))}.${TYPED_PERIODS}
             WHERE time_period IN (${questionMarks(periods)})`,
          ],
    );
    await engine.query(CREATE_PERIODS_TABLE);
    await engine.query(`DELETE FROM ${PERIODS_TABLE} WHERE dataset = ?`, [dataset.id]);
    await engine.query(
      `INSERT INTO ${PERIODS_TABLE} SELECT ${quoteLiteral(dataset.id)}, * FROM (${periodReads.join('\nUNION ALL ')})`,
      describedBy.flat(),
    );
    await createDescribedViews(engine, dataset, { tidy: hostedRows(dataset.id) });
    return { ...dataset, loadMs: performance.now() - started };
  } catch (error) {
    // Cancelled or failed part-way: nothing of the set stays attached or half made. A broken engine is given up
    // whole by the store, so a detach that fails too hides nothing.
    await detachHosted(engine, dataset.id).catch(() => undefined);
    throw error;
  }
}

/**
 * Takes a hosted set out of the engine: its views, its periods and every partition attached under its name (found
 * in the engine's catalogue, so a set is taken out whole whatever manifest attached it).
 */
export async function detachHosted(engine: SqlEngine, id: string): Promise<void> {
  for (const name of [`ds_${id}`, `raw_${id}`, hostedRows(id)])
    await engine.query(`DROP VIEW IF EXISTS ${quoteIdent(name)}`);
  const attached = await engine.query<{ name: string }>(
    'SELECT database_name AS name FROM duckdb_databases() WHERE starts_with(database_name, ?)',
    [partitionDatabase(id, '')],
  );
  for (const { name } of attached) await engine.query(`DETACH DATABASE IF EXISTS ${quoteIdent(name)}`);
  await engine.query(CREATE_PERIODS_TABLE);
  await engine.query(`DELETE FROM ${PERIODS_TABLE} WHERE dataset = ?`, [id]);
}
