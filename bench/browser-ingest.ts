import type { Page } from 'playwright-core';
import { sampleBrowserMemory } from './memory';

export interface BrowserIngest {
  mbPerSecond: number;
  seconds: number;
  bytes: number;
  peakMemoryMb: number;
  /** The browser's memory just before the file was added (the page with the default data). */
  baselineMemoryMb: number;
  datasetId: string;
  /** Where the load's time went, in ms: the roles from a sample, reading the file (roles included), describing it. */
  parts: { roles_ms: number; read_ms: number; describe_ms: number };
}

/**
 * Adds the file through "Add data files" — the same path as a dropped file — and times the app's own `lens:ingest`
 * measure: from the file handed over to the table queryable and described.
 */
export async function browserIngest(page: Page, filePath: string, bytes: number): Promise<BrowserIngest> {
  const before = await page.locator('li[data-dataset-id]').count();
  const memory = sampleBrowserMemory();
  const baselineMemoryMb = memory.peakSoFar();
  await page.getByLabel('Add data files').setInputFiles(filePath);
  await page.waitForFunction((n) => document.querySelectorAll('li[data-dataset-id]').length > n, before, {
    timeout: 600_000,
    polling: 200,
  });
  const peakMemoryMb = memory.stop();
  const problems = await page.getByTestId('load-error').allTextContents();
  if (problems.length) throw new Error(`The large file did not load: ${problems.join(' ')}`);
  const measure = await page.evaluate(() => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN;
    const ingest = performance.getEntriesByName('lens:ingest').at(-1);
    return ingest
      ? {
          duration: ingest.duration,
          parts: {
            roles_ms: Math.round(last('lens:load-roles')),
            read_ms: Math.round(last('lens:load-read')),
            describe_ms: Math.round(last('lens:load-describe')),
          },
        }
      : null;
  });
  if (!measure) throw new Error('The app recorded no lens:ingest measure.');
  const datasetId = (await page.locator('li[data-dataset-id]').last().getAttribute('data-dataset-id')) ?? '';
  const seconds = measure.duration / 1000;
  return {
    mbPerSecond: bytes / 1e6 / seconds,
    seconds,
    bytes,
    peakMemoryMb,
    baselineMemoryMb,
    datasetId,
    parts: measure.parts,
  };
}
