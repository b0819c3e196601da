import { expect, test } from 'vitest';
import type { Dataset } from '../../../src/data/catalogue';
import { datasetAvailability } from '../../../src/data/datasets/dataset-availability';
import type { LoadJob } from '../../../src/data/datasets/dataset-store';
import type { StoredFile } from '../../../src/data/datasets/stored-files';

const loaded = [{ id: 'annual_absence' }, { id: 'u1' }] as Dataset[];
const job: LoadJob = { key: 'u2', fileName: 'b.csv', bytes: 10, bytesRead: 0, startedAt: 0, origin: 'user' };
const kept = (id: string, title: string, status: StoredFile['status']): StoredFile => ({
  id,
  title,
  fileName: title,
  loadFaults: 0,
  status,
  bytes: 0,
  typedBytes: 0,
});
const saved = [
  kept('u3', 'kept.csv', { kind: 'coming' }),
  kept('u4', 'cancelled.csv', { kind: 'not-loaded', reason: { kind: 'cancelled' } }),
];
const defaults = ['annual_absence', 'weekly_attendance'];

test.each([
  { id: 'u1', savedFiles: saved, kind: 'loaded' },
  { id: 'annual_absence', savedFiles: null, kind: 'loaded' },
  { id: 'weekly_attendance', savedFiles: null, kind: 'coming' },
  { id: 'u2', savedFiles: null, kind: 'coming' },
  { id: 'u3', savedFiles: saved, kind: 'coming', title: 'kept.csv' },
  { id: 'u4', savedFiles: saved, kind: 'not-loaded', title: 'cancelled.csv' },
  { id: 'u3', savedFiles: null, kind: 'checking' },
  { id: 'u9', savedFiles: null, kind: 'checking' },
  { id: 'u9', savedFiles: saved, kind: 'missing' },
  { id: 'u9', savedFiles: [], kind: 'missing' },
])('$id with saved files $savedFiles is $kind', ({ id, savedFiles, kind, title }) => {
  const result = datasetAvailability(id, { datasets: loaded, jobs: [job], savedFiles }, defaults);
  expect(result.kind).toBe(kind);
  if (title) expect(result).toEqual({ kind, title });
});
