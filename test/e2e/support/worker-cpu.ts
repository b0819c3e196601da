import type { BrowserContext, Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** The thread's own (CPU) time in the event, µs. */
  tdur?: number;
  args?: { name?: string };
}

/**
 * The CPU time (ms) the page's workers (DuckDB's among them) spent while `work` ran, from a Chromium trace of their
 * top-level tasks. CPU time, not wall time: a worker that waits for a core on a busy machine is not counted as busy.
 */
export async function workerCpuMs(
  context: BrowserContext,
  page: Page,
  work: () => Promise<void>,
): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
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
