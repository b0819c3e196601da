import { describe, expect, test } from 'vitest';
import { revisionOf } from '../../src/queries/use-datasets';
import type { Dataset } from '../../src/data/catalogue';

// The hooks of use-datasets.ts hand the store's state to React (browser tests run them); revisionOf is the part
// that decides something: which load of a dataset a cached query read, so a reload under the same id refetches.
const loaded = (id: string, revision: number) => ({ id, revision }) as Dataset;

describe('the revision a query key carries', () => {
  const datasets = [loaded('annual_absence', 1), loaded('u1', 3)];

  test.each([
    ['a loaded dataset', 'u1', 3],
    ['another', 'annual_absence', 1],
    ['one not loaded yet', 'attendance_weekly', 0],
    ['no dataset chosen', null, 0],
    ['no dataset named', undefined, 0],
  ])('%s', (_, id, revision) => {
    expect(revisionOf(datasets, id)).toBe(revision);
  });

  test('a dataset loaded again reads as a new revision', () => {
    expect(revisionOf([loaded('u1', 4)], 'u1')).not.toBe(revisionOf(datasets, 'u1'));
  });
});
