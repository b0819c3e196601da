import { openPage } from '../test/e2e/support/browser';
import { median } from './stats';

/** Where a cold start's time goes, in ms from navigation (medians over the loads). */
export interface FirstChartParts {
  /** The DuckDB wasm fetched and compiled (worker instantiated). */
  wasm_ms: number;
  /** The engine connected and locked down. */
  engine_ready_ms: number;
  /** The first chart query answered (from the prebuilt figures when it comes before the engine). */
  first_query_ms: number;
  /** The browser's first contentful paint. */
  first_paint_ms: number;
  /**
   * The chart drawn by the page's script, which can be used (`lens:first-chart-live`). The built page shows a copy
   * of it from its first paint (scripts/prerender-first-view.ts): that copy is the first chart.
   */
  interactive_ms: number;
}

/** Page load to the first chart drawn (the app's `lens:first-chart` mark), in fresh browser profiles. */
export async function coldStart(
  url: string,
  loads = 5,
): Promise<{ medianMs: number; runs: number[]; parts: FirstChartParts }> {
  const runs: number[] = [];
  const parts: FirstChartParts[] = [];
  for (let i = 0; i < loads; i++) {
    const open = await openPage(url);
    try {
      await open.page.goto(url);
      await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
      // The engine keeps starting after the first chart: wait for it, to say what it cost.
      await open.page.waitForFunction(
        () => performance.getEntriesByName('lens:duckdb-ready').length > 0,
        null,
        {
          timeout: 60_000,
        },
      );
      const marks = await open.page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const query = performance.getEntriesByName('lens:series-query')[0];
        return {
          first: at('lens:first-chart'),
          wasm_ms: at('lens:duckdb-instantiated'),
          engine_ready_ms: at('lens:duckdb-ready'),
          first_query_ms: query ? query.startTime + query.duration : NaN,
          first_paint_ms: at('first-contentful-paint'),
          interactive_ms: at('lens:first-chart-live'),
        };
      });
      runs.push(marks.first);
      parts.push(marks);
    } finally {
      await open.close();
    }
  }
  const partMedian = (key: keyof FirstChartParts) => Math.round(median(parts.map((p) => p[key])));
  return {
    medianMs: median(runs),
    runs,
    parts: {
      wasm_ms: partMedian('wasm_ms'),
      engine_ready_ms: partMedian('engine_ready_ms'),
      first_query_ms: partMedian('first_query_ms'),
      first_paint_ms: partMedian('first_paint_ms'),
      interactive_ms: partMedian('interactive_ms'),
    },
  };
}
