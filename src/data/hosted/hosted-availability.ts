import type { Availability } from '../datasets/dataset-availability';
import type { LoadJob } from '../datasets/load-queue';
import type { LoadProblem } from '../datasets/load-problems';

/** How a hosted set's load is listed (its job, its problems): `hosted/<name>`, a name no added file can have. */
export const hostedFileName = (name: string): string => `hosted/${name}`;

/**
 * Where a hosted set a link asks for stands while it is not loaded: on its way (its manifest fetched, its
 * partitions attached), or not loaded, with why; null where `id` is no hosted set's, so the caller looks further.
 * Never the added-file message: a hosted set is not a file in this browser.
 */
export function hostedAvailability(
  id: string,
  jobs: readonly LoadJob[],
  problems: readonly LoadProblem[],
): Availability | null {
  const fileName = hostedFileName(id);
  if (jobs.some((job) => job.fileName === fileName)) return { kind: 'coming', title: null, hosted: true };
  const problem = problems.find((p) => p.fileName === fileName);
  if (!problem) return null;
  const message = problem.message.includes('was cancelled')
    ? `Loading the hosted set “${id}” was cancelled. Open its link again, or reload the page, to load it.`
    : `The hosted set “${id}” could not be loaded. ${problem.message}`;
  return { kind: 'failed', message };
}
