import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { answerNow, browserDatasets, viewEngine } from '../../../src/data/datasets/browser-datasets';
import type { FirstView } from '../../../src/data/datasets/first-view';
import { restartBrowserEngine, startBrowserEngine } from '../../../src/data/lazy-engine';
import { DATA_DIR } from '../../support/dfe-files';

const firstView = JSON.parse(readFileSync(path.join(DATA_DIR, 'first-view.json'), 'utf8')) as FirstView;

test('the page lists the first view’s dataset before any engine starts, and answers its first chart from the build', () => {
  const { datasets } = browserDatasets.getState();
  expect(datasets.map((d) => [d.id, d.live])).toEqual([[firstView.dataset.id, false]]);
  const [first] = firstView.answers;
  expect(first).toBeDefined();
  expect(answerNow(first?.sql ?? '', first?.params ?? [])).toEqual(first?.rows);
  expect(answerNow('SELECT 1', [])).toBeUndefined();
  // Views query the store's own engine: the one wrapper, not a second one over it.
  expect(viewEngine).toBe(browserDatasets.engine);
});

test('the browser engine is started and restarted through the chunk loaded on first use', () => {
  expect(startBrowserEngine).toBeTypeOf('function');
  expect(restartBrowserEngine).toBeTypeOf('function');
});
