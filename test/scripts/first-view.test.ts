import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { computeFirstView, FIRST_VIEW_FILE } from '../../scripts/build-data/first-view';
import type { FirstView } from '../../src/data/datasets/first-view';
import { DATA_DIR } from '../support/dfe-files';

test('the prebuilt first view is what the live query gives now: same dataset, SQL, parameters and figures', async () => {
  const committed = JSON.parse(readFileSync(path.join(DATA_DIR, FIRST_VIEW_FILE), 'utf8')) as FirstView;
  const live = await computeFirstView(DATA_DIR);
  expect(committed).toEqual(JSON.parse(JSON.stringify(live)));
  const [answer] = committed.answers;
  // England and the nine regions, severe absence, every published year.
  const england = answer?.rows.filter((row) => row.area_code === 'E92000001') ?? [];
  expect(new Set(answer?.rows.map((row) => row.area_code)).size).toBe(10);
  expect(england.find((row) => row.period === '2023/24')?.value).toBeCloseTo(2.3, 1);
  // Starts its own engine and loads the annual file: slow on a busy machine.
}, 180_000);
