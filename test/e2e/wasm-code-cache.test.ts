import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { wasmCodeCacheBytes } from '../../bench/engine-warm';
import { traced } from '../../bench/trace-parts';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium';

const baseUrl = inject('baseUrl');
const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-wasm-cache-'));

// V8 writes the cache after its optimising compiler has been quiet for 2 s, which in Chromium 156 here never came
// (engine-warm.ts); at 0 it writes as soon as code tiers up. What is tested is that the engine's wasm reaches the cache
// at all: DuckDB-WASM's own worker compiled it from a Response Chromium cannot attach code to (duckdb-worker.ts).
const launch = () =>
  chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--js-flags=--wasm-caching-timeout-ms=0'],
    headless: true,
  });

async function engineReady(context: BrowserContext) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('lens:duckdb-ready').length > 0, null, {
    polling: 100,
  });
  return page;
}

afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

test("a repeat visit takes DuckDB's compiled wasm from Chromium's code cache", async () => {
  const first = await launch();
  try {
    await engineReady(first);
    // Several MB of compiled code once written; an empty cache holds an index of a few dozen bytes.
    await expect.poll(() => wasmCodeCacheBytes(profileDir)).toBeGreaterThan(100_000);
  } finally {
    await first.close();
  }

  const repeat = await launch();
  try {
    const page = repeat.pages()[0] ?? (await repeat.newPage());
    const events = await traced(repeat, page, async () => void (await engineReady(repeat)), 'v8.wasm');
    const names = new Set(events.map((e) => e.name));
    expect(names).toContain('wasm.Deserialize');
  } finally {
    await repeat.close();
  }
});
