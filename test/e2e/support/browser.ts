import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../../scripts/chromium';

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and page errors seen so far: a clean page has none. */
  consoleErrors: string[];
  /** Every request the page made to another origin. */
  foreignRequests: string[];
  close: () => Promise<void>;
}

export async function openPage(
  baseUrl: string,
  options: { profileDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<OpenPage> {
  // A fresh, empty profile, not one seeded with DuckDB's compiled wasm from an earlier visit: V8 compiles the wasm
  // lazily, so a seeded code cache saved no CPU (page load to the defaults 9.5-10.3 CPU-s seeded or not, by process
  // in /proc; Chromium 156, December 2026), and a fresh profile cannot carry one test's data into another.
  const profile = options.profileDir ?? mkdtempSync(path.join(tmpdir(), 'lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  // tsx and vitest compile with esbuild's keepNames, which wraps functions sent to page.evaluate in `__name(...)`.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  // Playwright gives an action (a click, a wait for an element) 30 s by default; a page that has just loaded on a
  // busy 2-core machine can take longer to draw what the action needs, and a wait is never a speed check. Tests
  // rely on this limit (and vitest's expect.poll limit) rather than setting shorter ones of their own.
  context.setDefaultTimeout(120_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = collectErrors(page);
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  return {
    page,
    context,
    consoleErrors,
    foreignRequests,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The console errors and page errors `page` shows from now on, gathered as they come: a clean page has none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The data panel is a drawer, closed by default: open it (if closed) before using its buttons. */
export async function openDataDrawer(page: Page): Promise<void> {
  const toggle = page.locator('.data-summary button');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Closes the data drawer (if open), as a page opened afresh has it. */
export async function closeDataDrawer(page: Page): Promise<void> {
  const toggle = page.locator('.data-summary button');
  if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
}
