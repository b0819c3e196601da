import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetChoices, readChoices, toSeriesRequest } from '../../src/app/trend-choices/trend-choices';
import type { Dataset } from '../../src/data/catalogue';
import type { FirstView } from '../../src/data/datasets/first-view';
import type { Manifest } from '../../src/data/default-data';
import { parseMetaCsv } from '../../src/data/ees/meta-csv';
import { loadDataset } from '../../src/data/load/load-dataset';
import type { SqlEngine } from '../../src/data/sql-engine';
import { seriesQuery } from '../../src/data/sql/series-query';
import { createNodeEngine } from '../node-engine';

export const FIRST_VIEW_FILE = 'first-view.json';

/**
 * The first view's dataset as the app's own loader describes it, and the answer to the default Trends chart's query,
 * both computed by the real DuckDB-WASM engine from the files in `dataDir`. The app draws them before its engine
 * has started; the live query then gives the same figures.
 */
export async function computeFirstView(dataDir: string, engine?: SqlEngine): Promise<FirstView> {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const entry = manifest.datasets.find((d) => d.load === 'first');
  if (!entry) throw new Error('manifest.json names no dataset to load first');
  const meta = entry.meta ? parseMetaCsv(readFileSync(join(dataDir, entry.meta), 'utf8')).columns : [];
  const db = engine ?? (await createNodeEngine());
  const loaded = await loadDataset(db, {
    id: entry.id,
    fileName: entry.file,
    data: new Uint8Array(readFileSync(join(dataDir, entry.file))),
    origin: 'default',
    title: entry.title,
    source: entry.source,
    meta,
    grain: entry.grain,
  });
  // How long this load took is no part of the description the app starts from.
  const described = Object.fromEntries(
    Object.entries(loaded).filter(([key]) => key !== 'loadMs'),
  ) as FirstView['dataset'];
  const dataset: Dataset = { ...described, loadMs: 0, revision: 0, live: false };
  const request = toSeriesRequest(readChoices({}, [dataset], datasetChoices([dataset], manifest.datasets)));
  if (!request) throw new Error(`the default Trends view has no chart for ${entry.file}`);
  const query = seriesQuery(request);
  const rows = await db.query(query.sql, query.params);
  return { dataset: described, answers: [{ sql: query.sql, params: query.params, rows }] };
}

export async function writeFirstView(dataDir: string): Promise<number> {
  const text = `${JSON.stringify(await computeFirstView(dataDir))}\n`;
  writeFileSync(join(dataDir, FIRST_VIEW_FILE), text);
  return text.length;
}
