import { hostedAvailability } from '../hosted/hosted-availability';
import type { DatasetState } from './dataset-store';

/**
 * Where a dataset a link asks for stands: loaded; on its way (a default file, a load in progress, or a file kept
 * from an earlier visit); kept but not loaded this time (a fault, a Cancel); not known yet (the kept files are
 * still being listed); or not in this browser at all. A hosted set (src/data/hosted) is coming or failed, never
 * missing.
 */
export type Availability =
  | { kind: 'loaded' }
  | { kind: 'coming'; title: string | null; hosted?: true }
  | { kind: 'failed'; message: string }
  | { kind: 'not-loaded'; title: string }
  | { kind: 'checking' }
  | { kind: 'missing' };

export function datasetAvailability(
  id: string,
  {
    datasets,
    jobs,
    savedFiles,
    problems = [],
  }: Pick<DatasetState, 'datasets' | 'jobs' | 'savedFiles'> & Partial<Pick<DatasetState, 'problems'>>,
  defaultIds: readonly string[],
): Availability {
  if (datasets.some((d) => d.id === id)) return { kind: 'loaded' };
  const hosted = hostedAvailability(id, jobs, problems);
  if (hosted) return hosted;
  if (defaultIds.includes(id) || jobs.some((job) => job.key === id)) return { kind: 'coming', title: null };
  if (savedFiles === null) return { kind: 'checking' };
  const saved = savedFiles.find((file) => file.id === id);
  if (!saved) return { kind: 'missing' };
  return saved.status.kind === 'not-loaded'
    ? { kind: 'not-loaded', title: saved.title }
    : { kind: 'coming', title: saved.title };
}
