import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage } from '../test/e2e/support/browser';
import { ownBrowserPssMb, sampleOwnBrowserMemory } from '../test/e2e/support/browser-memory';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';
import { traced, type TraceEvent } from './trace-parts';

/** The query of issue 28: fifteen million rows, of which the console shows the first page. */
export const CONSOLE_BENCH_SQL = "SELECT i, concat('text ', i) AS s FROM range(15000000) t(i)";

export interface ConsoleRunTiming {
  /** From the Run click to the first page of rows in the page. */
  first_page_ms: number;
  /** From the Run click to the engine's row count shown. */
  counted_ms: number;
  /** From the Run click to the first page's last row drawn. */
  drawn_ms: number;
  /** From the Next page click to the second page's last row drawn. */
  next_page_ms: number;
  /**
   * The longest main-thread task from the Run click until the first page is drawn again after Next and Previous
   * (the target: none over 200 ms).
   */
  longest_task_ms: number;
  /** Every long task (over 50 ms) of the run: when it started after the click, and how long it took. */
  long_tasks: { at_ms: number; ms: number }[];
  /**
   * The most CPU time any main-thread task took, from a trace: on a machine whose cores are shared, a task's wall time includes the time
   * its thread waited for a core, which no change to the page can shorten.
   */
  longest_task_cpu_ms: number;
  /** The browser's memory (PSS of its processes, the engine's worker included) at its peak, less before the click. */
  memory_growth_mb: number;
}

type InPage = Omit<ConsoleRunTiming, 'memory_growth_mb' | 'longest_task_cpu_ms'>;

/** The page's main-thread tasks in a trace of the `toplevel` category, each with its wall and CPU time (ms). */
function mainThreadTasks(events: readonly TraceEvent[]): { ms: number; cpu_ms: number }[] {
  const main = new Set(
    events
      .filter(
        (e) =>
          e.name === 'thread_name' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain',
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => ({ ms: (e.dur ?? 0) / 1000, cpu_ms: (e.tdur ?? 0) / 1000 }));
}

/**
 * Runs the console's query once in the page, waits for its first page drawn and its count, turns to the next page and
 * back, and times it all there, with a long-task observer installed first.
 */
function timeConsoleRun(page: Page): Promise<InPage> {
  return page.evaluate(async () => {
    const longTasks: { at_ms: number; ms: number }[] = [];
    let started = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ at_ms: Math.round(entry.startTime - started), ms: Math.round(entry.duration) });
    });
    observer.observe({ type: 'longtask' });
    const caption = () => document.querySelector('.sql-output table caption')?.textContent ?? '';
    const lastRow = () => document.querySelector('.sql-output tbody tr:last-child td')?.textContent;
    const button = (name: string) => {
      const found = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
      if (!found) throw new Error(`No ${name} button.`);
      return found;
    };
    const when = (ready: () => boolean, from: number) =>
      new Promise<number>((resolve, reject) => {
        const limit = setTimeout(
          () => reject(new Error('The console did not answer within 5 minutes.')),
          300_000,
        );
        const check = () => {
          if (ready()) {
            clearTimeout(limit);
            resolve(performance.now() - from);
          } else requestAnimationFrame(check);
        };
        check();
      });
    started = performance.now();
    button('Run query').click();
    const first_page_ms = await when(() => caption().startsWith('Rows 1–1,000 of '), started);
    const counted_ms = await when(
      () => document.querySelector('.sql-output table caption')?.getAttribute('data-total') === 'known',
      started,
    );
    const drawn_ms = await when(() => lastRow() === '999', started);
    const turned = performance.now();
    button('Next page').click();
    const next_page_ms = await when(() => lastRow() === '1999', turned);
    button('Previous page').click();
    await when(() => lastRow() === '999', turned);
    // Long tasks are reported after they end: a moment more lets the last of them in.
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();
    return {
      first_page_ms,
      counted_ms,
      drawn_ms,
      next_page_ms,
      longest_task_ms: Math.max(0, ...longTasks.map((t) => t.ms)),
      long_tasks: longTasks,
    };
  });
}

/** `npm run bench -- --only=console`: the console's 15M-row query, `runs` times on the production build. */
export async function runConsoleBench(runs = 3): Promise<void> {
  const server = await serveProductionBuild();
  const open = await openPage(server.url);
  try {
    const times: ConsoleRunTiming[] = [];
    for (let run = 0; run < runs; run++) {
      // Each run in a console just opened, so no earlier result is on screen while this one is on its way.
      await open.page.goto(`${server.url}?view=sql`);
      // Measured once the default files have loaded, as the interaction figures are.
      await open.page.waitForSelector('.sql-schema li[data-table="ds_annual_absence"]', { timeout: 120_000 });
      await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
        timeout: 120_000,
      });
      await open.page.getByLabel('SQL query').fill(CONSOLE_BENCH_SQL);
      const before = ownBrowserPssMb();
      const memory = sampleOwnBrowserMemory();
      let timing: InPage | undefined;
      const events = await traced(
        open.context,
        open.page,
        async () => {
          timing = await timeConsoleRun(open.page);
        },
        'toplevel',
      );
      if (!timing) throw new Error('The run was not timed.');
      times.push({
        ...timing,
        longest_task_cpu_ms: Math.max(0, ...mainThreadTasks(events).map((task) => task.cpu_ms)),
        memory_growth_mb: memory.stop() - before,
      });
    }
    const of = (key: Exclude<keyof ConsoleRunTiming, 'long_tasks'>) =>
      Number(median(times.map((t) => t[key])).toFixed(0));
    console.log(`Console, ${CONSOLE_BENCH_SQL} (median of ${runs}):`);
    console.log(
      `  first page ${of('first_page_ms')} ms, count shown ${of('counted_ms')} ms, rows drawn ${of('drawn_ms')} ms, next page ${of('next_page_ms')} ms`,
    );
    console.log(
      `  longest main-thread task ${of('longest_task_ms')} ms (${of('longest_task_cpu_ms')} ms of CPU)   [target: no task over 200 ms]`,
    );
    console.log(`  browser memory growth ${of('memory_growth_mb')} MB   [target: at most about 100 MB]`);
    console.log(
      JSON.stringify({
        console_15m_first_page_ms: of('first_page_ms'),
        console_15m_counted_ms: of('counted_ms'),
        console_15m_drawn_ms: of('drawn_ms'),
        console_15m_next_page_ms: of('next_page_ms'),
        console_15m_longest_task_ms: of('longest_task_ms'),
        console_15m_longest_task_cpu_ms: of('longest_task_cpu_ms'),
        console_memory_growth_mb: of('memory_growth_mb'),
        console_15m_runs: times.map(({ long_tasks, ...t }) => ({
          ...Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])),
          long_tasks,
        })),
      }),
    );
    if (open.consoleErrors.length)
      console.log(`Console errors during the run: ${open.consoleErrors.join(' | ')}`);
  } finally {
    await open.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runConsoleBench();
