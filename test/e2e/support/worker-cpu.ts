import type { BrowserContext, Page } from 'playwright-core';
import { traced } from '../../../bench/trace-parts';

/**
 * The CPU time (ms) the page's workers (DuckDB's among them) spent while `work` ran, from a Chromium trace of their
 * top-level tasks. CPU time, not wall time: a worker that waits for a core on a busy machine is not counted as busy.
 */
export async function workerCpuMs(
  context: BrowserContext,
  page: Page,
  work: () => Promise<void>,
): Promise<number> {
  const events = await traced(context, page, work, 'toplevel');
  const workers = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name?.startsWith('DedicatedWorker'))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && workers.has(`${e.pid}:${e.tid}`),
  );
  return tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}
