import { afterAll, beforeAll, inject } from 'vitest';
import { openPage, type OpenPage } from './browser';

export interface PageForFileOptions {
  viewport?: { width: number; height: number };
  /**
   * The address the page loads before the file's first test, as showUrl takes it (`?view=timeline`, or `` for the
   * first view). Without it the page stays blank, for files whose every test loads its own address.
   */
  startAt?: string;
}

/**
 * The one page most browser test files share, in a fresh profile: opened before the file's first test and closed
 * after its last. Call it once at the top of the file. The object it returns is filled in when the file's beforeAll
 * has run, so tests read `open.page`, `open.consoleErrors` and the rest as from openPage itself; a file that needs
 * more set-up (waiting for a chart) adds a beforeAll of its own after this call, which Vitest runs after this one.
 */
export function pageForFile(options: PageForFileOptions = {}): OpenPage {
  const baseUrl = inject('baseUrl');
  const shared = {} as OpenPage;
  let opened: OpenPage | undefined;
  beforeAll(async () => {
    opened = await openPage(baseUrl, { viewport: options.viewport });
    Object.assign(shared, opened);
    if (options.startAt !== undefined) await shared.page.goto(`${baseUrl}${options.startAt}`);
  });
  afterAll(async () => {
    // Nothing to close when the page never opened: the beforeAll's own error is the one to report.
    await opened?.close();
  });
  return shared;
}
