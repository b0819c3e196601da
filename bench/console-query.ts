import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage } from '../test/e2e/support/browser';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

/** The query of issue 28: fifteen million rows, of which the console shows the first page. */
export const CONSOLE_BENCH_SQL = "SELECT i, concat('text ', i) AS s FROM range(15000000) t(i)";

export interface ConsoleRunTiming {
  /** From the Run click to the first page of rows in the page. */
  first_page_ms: number;
  /** From the Run click to the engine's row count shown. */
  counted_ms: number;
  /** The longest main-thread task from the click to the count shown (the target: none over 200 ms). */
  longest_task_ms: number;
}

/** Runs the console's query once in the page and times it there, with a long-task observer installed first. */
async function timeConsoleRun(page: Page, sql: string): Promise<ConsoleRunTiming> {
  await page.getByLabel('SQL query').fill(sql);
  return page.evaluate(async () => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const caption = () => document.querySelector('.sql-output table caption');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run query');
    if (!button) throw new Error('No Run query button.');
    const started = performance.now();
    button.click();
    const when = (ready: () => boolean) =>
      new Promise<number>((resolve, reject) => {
        const limit = setTimeout(
          () => reject(new Error('The console did not answer within 5 minutes.')),
          300_000,
        );
        const check = () => {
          if (ready()) {
            clearTimeout(limit);
            resolve(performance.now() - started);
          } else requestAnimationFrame(check);
        };
        check();
      });
    const first_page_ms = await when(() => /^Rows 1–1,000 of /.test(caption()?.textContent ?? ''));
    const counted_ms = await when(() => caption()?.getAttribute('data-total') === 'known');
    // Long tasks are reported after they end: one more frame lets the last of them in.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    return { first_page_ms, counted_ms, longest_task_ms: longest };
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
      times.push(await timeConsoleRun(open.page, CONSOLE_BENCH_SQL));
    }
    const of = (key: keyof ConsoleRunTiming) => Number(median(times.map((t) => t[key])).toFixed(0));
    console.log(`Console, ${CONSOLE_BENCH_SQL} (median of ${runs}):`);
    console.log(`  first page ${of('first_page_ms')} ms, count shown ${of('counted_ms')} ms`);
    console.log(`  longest main-thread task ${of('longest_task_ms')} ms   [target: no task over 200 ms]`);
    console.log(
      JSON.stringify({
        console_15m_first_page_ms: of('first_page_ms'),
        console_15m_counted_ms: of('counted_ms'),
        console_15m_longest_task_ms: of('longest_task_ms'),
        console_15m_runs: times.map((t) =>
          Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])),
        ),
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
