import type { Page } from 'playwright-core';
import { sampleBrowserMemory } from './memory';

export interface BrowserIngest {
  mbPerSecond: number;
  seconds: number;
  bytes: number;
  peakMemoryMb: number;
  datasetId: string;
}

/**
 * Adds the file through "Add data files" — the same path as a dropped file — and times the app's own `lens:ingest`
 * measure: from the file handed over to the table queryable and described.
 */
export async function browserIngest(page: Page, filePath: string, bytes: number): Promise<BrowserIngest> {
  const before = await page.locator('li[data-dataset-id]').count();
  const memory = sampleBrowserMemory();
  await page.getByLabel('Add data files').setInputFiles(filePath);
  await page.waitForFunction((n) => document.querySelectorAll('li[data-dataset-id]').length > n, before, {
    timeout: 600_000,
    polling: 200,
  });
  const peakMemoryMb = memory.stop();
  const problems = await page.getByTestId('load-error').allTextContents();
  if (problems.length) throw new Error(`The large file did not load: ${problems.join(' ')}`);
  const measure = await page.evaluate(() => {
    const entries = performance.getEntriesByName('lens:ingest') as PerformanceMeasure[];
    const last = entries.at(-1);
    return last ? { duration: last.duration } : null;
  });
  if (!measure) throw new Error('The app recorded no lens:ingest measure.');
  const datasetId = (await page.locator('li[data-dataset-id]').last().getAttribute('data-dataset-id')) ?? '';
  const seconds = measure.duration / 1000;
  return { mbPerSecond: bytes / 1e6 / seconds, seconds, bytes, peakMemoryMb, datasetId };
}
