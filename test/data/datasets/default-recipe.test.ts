import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { defaultRecipe } from '../../../src/data/datasets/default-recipe';
import type { DefaultDatasetEntry, Manifest } from '../../../src/data/default-data';
import { createNodeEngine } from '../../support/node-engine';
import { DATA_DIR, dataFile } from '../../support/dfe-files';

vi.setConfig({ testTimeout: 120_000 });

const manifest = JSON.parse(readFileSync(path.join(DATA_DIR, 'manifest.json'), 'utf8')) as Manifest;
const entry = manifest.datasets.find((d) => d.id === 'annual_absence') as DefaultDatasetEntry;
const signal = new AbortController().signal;

// Issue #24 point 7: each id is claimed once, not again when a restarted engine is given the default.
test('a default names its content once, not again when a new engine loads it after a restart', async () => {
  const described: string[] = [];
  const recipe = defaultRecipe(
    entry,
    async (file) => dataFile(file),
    (print) => described.push(print),
  );
  await recipe.run(await createNodeEngine(), signal);
  const restarted = await createNodeEngine();
  const again = await recipe.run(restarted, signal);
  expect(again.id).toBe('annual_absence');
  expect(described).toHaveLength(1);
});
