import { expect, test } from 'vitest';
import type { Dataset, LoadedDataset } from '../../../src/data/catalogue';
import {
  datasetsReducer,
  type DatasetAction,
  type DatasetList,
} from '../../../src/data/datasets/dataset-list';
import { initialState, prebuiltDataset } from '../../../src/data/datasets/dataset-state';
import type { FirstView } from '../../../src/data/datasets/first-view';

const loaded = (id: string, rows = 1) => ({ id, rows }) as unknown as LoadedDataset;
const listed = (id: string, revision: number, live = true, rows = 1) =>
  ({ id, rows, revision, live }) as unknown as Dataset;
const shape = (list: DatasetList) => [list.version, list.datasets.map((d) => [d.id, d.revision, d.live])];

const prebuilt = listed('first', 0, false);

test.each<{ case: string; list: DatasetList; action: DatasetAction; after: DatasetList }>([
  {
    case: 'loaded comes last, as the next revision',
    list: { version: 1, datasets: [listed('a', 1)] },
    action: { type: 'loaded', dataset: loaded('b') },
    after: { version: 2, datasets: [listed('a', 1), listed('b', 2)] },
  },
  {
    case: 'loaded takes the place of its prebuilt description',
    list: { version: 0, datasets: [prebuilt] },
    action: { type: 'loaded', dataset: loaded('first') },
    after: { version: 1, datasets: [listed('first', 1)] },
  },
  {
    case: 'restarting: nothing is in the engine, the revision stays',
    list: { version: 3, datasets: [listed('a', 2), listed('b', 3)] },
    action: { type: 'restarting' },
    after: { version: 3, datasets: [listed('a', 2, false), listed('b', 3, false)] },
  },
  {
    case: 'recovered: each back in its place, one not back gone, an interrupted default last',
    list: { version: 3, datasets: [listed('a', 2, false), listed('u1', 3, false)] },
    action: {
      type: 'recovered',
      reloaded: new Map([
        ['interrupted', loaded('interrupted')],
        ['a', loaded('a')],
      ]),
      prebuilt: null,
    },
    after: { version: 4, datasets: [listed('a', 4), listed('interrupted', 4)] },
  },
  {
    case: 'recovered keeps the prebuilt description until its dataset loads',
    list: { version: 0, datasets: [prebuilt] },
    action: { type: 'recovered', reloaded: new Map(), prebuilt },
    after: { version: 1, datasets: [prebuilt] },
  },
  {
    case: 'removed',
    list: { version: 2, datasets: [listed('a', 1), listed('b', 2)] },
    action: { type: 'removed', id: 'a' },
    after: { version: 3, datasets: [listed('b', 2)] },
  },
])('$case', ({ list, action, after }) => {
  expect(shape(datasetsReducer(list, action))).toEqual(shape(after));
});

test('the first state lists the prebuilt dataset, not live, and kept files as unknown until listed', () => {
  const view = { dataset: { id: 'first', rows: 5 }, answers: [] } as unknown as FirstView;
  const first = prebuiltDataset(view);
  expect([first?.id, first?.live, first?.revision]).toEqual(['first', false, 0]);
  expect(prebuiltDataset(null)).toBeNull();
  expect(initialState(first, true)).toMatchObject({ datasets: [first], savedFiles: null, version: 0 });
  expect(initialState(null, false)).toMatchObject({ datasets: [], savedFiles: [] });
});
