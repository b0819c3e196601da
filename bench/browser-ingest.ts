import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDataDrawer } from '../test/e2e/support/browser';
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
  // Users' files have ids starting with "u": a default file finishing its background load is not this one.
  const userFiles = 'li[data-dataset-id^="u"]';
  const before = await page.locator(userFiles).count();
  const fileName = path.basename(filePath);
  const memory = sampleBrowserMemory();
  const baselineMemoryMb = memory.peakSoFar();
  await page.getByLabel('Add data files').setInputFiles(filePath);
  await page.waitForFunction(
    ({ selector, n }) => document.querySelectorAll(selector).length > n,
    { selector: userFiles, n: before },
    { timeout: 600_000, polling: 200 },
  );
  const peakMemoryMb = memory.stop();
  const problems = await page.getByTestId('load-error').allTextContents();
  if (problems.length) throw new Error(`The large file did not load: ${problems.join(' ')}`);
  const measure = await page.evaluate((file) => {
    // The measures of this file's load, not of a default file loading in the background meanwhile.
    const ofFile = (name: string) =>
      performance
        .getEntriesByName(name)
        .filter((entry) => (entry as PerformanceMeasure).detail?.file === file);
    const last = (name: string) => ofFile(name).at(-1)?.duration ?? NaN;
    const ingest = ofFile('lens:ingest').at(-1);
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
  }, fileName);
  if (!measure) throw new Error('The app recorded no lens:ingest measure.');
  const datasetId = (await page.locator(userFiles).last().getAttribute('data-dataset-id')) ?? '';
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

/**
 * Adds the file, charts it from the data drawer, and waits for the default files held back while the user was busy,
 * so that what is measured next runs with every dataset in.
 */
export async function ingestAndChart(page: Page, filePath: string, bytes: number): Promise<BrowserIngest> {
  const ingest = await browserIngest(page, filePath, bytes);
  await openDataDrawer(page);
  await page
    .locator(`li[data-dataset-id="${ingest.datasetId}"]`)
    .getByRole('button', { name: /^Chart/ })
    .click();
  await page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('.load-progress li'), null, { timeout: 120_000 });
  return ingest;
}
