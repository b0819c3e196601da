import { expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { datasetAvailability } from '../../../src/data/datasets/dataset-availability';
import type { LoadJob } from '../../../src/data/datasets/dataset-store';

const loaded = [{ id: 'annual_absence' }, { id: 'u1' }] as Dataset[];
const job: LoadJob = { key: 'u2', fileName: 'b.csv', bytes: 10, bytesRead: 0, startedAt: 0, origin: 'user' };
const saved = [{ id: 'u3', title: 'kept.csv' }];
const defaults = ['annual_absence', 'weekly_attendance'];

test.each([
  { id: 'u1', savedFiles: saved, kind: 'loaded' },
  { id: 'annual_absence', savedFiles: null, kind: 'loaded' },
  { id: 'weekly_attendance', savedFiles: null, kind: 'coming' },
  { id: 'u2', savedFiles: null, kind: 'coming' },
  { id: 'u3', savedFiles: saved, kind: 'coming', title: 'kept.csv' },
  { id: 'u3', savedFiles: null, kind: 'checking' },
  { id: 'u9', savedFiles: null, kind: 'checking' },
  { id: 'u9', savedFiles: saved, kind: 'missing' },
  { id: 'u9', savedFiles: [], kind: 'missing' },
])('$id with saved files $savedFiles is $kind', ({ id, savedFiles, kind, title }) => {
  const result = datasetAvailability(id, { datasets: loaded, jobs: [job], savedFiles }, defaults);
  expect(result.kind).toBe(kind);
  if (title) expect(result).toEqual({ kind, title });
});
