import { openPage } from '../test/e2e/support/browser';
import { median } from './stats';

/** Page load to the first chart drawn (the app's `lens:first-chart` mark), in fresh browser profiles. */
export async function coldStart(url: string, loads = 5): Promise<{ medianMs: number; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i < loads; i++) {
    const open = await openPage(url);
    try {
      await open.page.goto(url);
      await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
      const first = await open.page.evaluate(
        () => performance.getEntriesByName('lens:first-chart')[0]?.startTime ?? NaN,
      );
      runs.push(first);
    } finally {
      await open.close();
    }
  }
  return { medianMs: median(runs), runs };
}
