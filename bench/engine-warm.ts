import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

/**
 * The engine's start on a first and a repeat visit, step by step, and whether Chromium kept the compiled wasm between
 * them. `npm run bench -- --only=warm`.
 *
 * V8 writes compiled wasm to the browser's code cache only once some code has tiered up and then no more has for
 * `--wasm-caching-timeout-ms` (2 s), or at once past 1 MB of optimised code. In Chromium 156 on this machine the
 * delayed write never came (no `v8.wasm.cachedModule` trace event, the profile's `Code Cache/wasm` folder empty, 90 s
 * after the engine was ready); with the timeout at 0 it comes within seconds of the first queries. So each profile is
 * measured twice: with Chromium's own settings (what a user gets today), and with the timeout at 0 (what a repeat
 * visit gets once the cache is written: the compile is then a deserialisation). After the first visit the bench
 * waits, up to `CACHE_WAIT_MS`, for the cache to be written, as a user's repeat visit comes minutes later.
 */
const CACHE_WAIT_MS = 30_000;
const CACHE_NOW = '--js-flags=--wasm-caching-timeout-ms=0';

const STEPS = ['start', 'compiled', 'instantiated', 'connected', 'ready'] as const;
type Step = (typeof STEPS)[number];
/** ms from navigation to each `lens:duckdb-<step>` mark (engine.ts). */
type Marks = Record<Step, number>;

interface Visit {
  marks: Marks;
  /** Bytes in the profile's wasm code cache when the visit ends. */
  wasm_cache_bytes: number;
}

/** Bytes of compiled wasm Chromium keeps in `profileDir` (an empty cache holds an index of a few dozen bytes). */
export function wasmCodeCacheBytes(profileDir: string): number {
  const dir = path.join(profileDir, 'Default', 'Code Cache', 'wasm');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/**
 * Waits until Chromium has written the compiled wasm into `profileDir`, or `limitMs` has passed (with Chromium's own
 * settings the write may never come). A module of tens of MB compiles to several MB: anything past 100 kB is the write.
 */
export async function waitForWasmCodeCache(profileDir: string, limitMs: number): Promise<void> {
  for (let waited = 0; waited < limitMs; waited += 500) {
    if (wasmCodeCacheBytes(profileDir) > 100_000) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function visit(url: string, profileDir: string, args: string[], waitForCache: boolean): Promise<Marks> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, ...args],
    headless: true,
    viewport: { width: 1400, height: 1000 },
  });
  try {
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('lens:duckdb-ready').length > 0, null, {
      timeout: 180_000,
      polling: 50,
    });
    const marks = await page.evaluate((steps) => {
      const at = (step: string) => performance.getEntriesByName(`lens:duckdb-${step}`)[0]?.startTime ?? NaN;
      return Object.fromEntries(steps.map((step) => [step, Math.round(at(step))]));
    }, STEPS);
    if (waitForCache) await waitForWasmCodeCache(profileDir, CACHE_WAIT_MS);
    return marks as Marks;
  } finally {
    await context.close();
  }
}

async function arm(url: string, args: string[], loads: number) {
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let i = 0; i < loads; i++) {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-warm-'));
    try {
      const first = await visit(url, profileDir, args, true);
      cold.push({ marks: first, wasm_cache_bytes: wasmCodeCacheBytes(profileDir) });
      const repeat = await visit(url, profileDir, args, false);
      warm.push({ marks: repeat, wasm_cache_bytes: wasmCodeCacheBytes(profileDir) });
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
  return { cold, warm };
}

function report(name: string, visits: Visit[]): string {
  const at = (step: Step) => Math.round(median(visits.map((v) => v.marks[step])));
  const steps = STEPS.map((step) => `${step} ${at(step)}`).join(', ');
  const ready = visits.map((v) => v.marks.ready).join(', ');
  const cache = visits.map((v) => Math.round(v.wasm_cache_bytes / 1e6)).join(', ');
  return `${name.padEnd(28)} ${steps}  (ready: ${ready}; wasm code cache MB after: ${cache})`;
}

export async function runWarmBench(loads = 3): Promise<void> {
  const server = await serveProductionBuild();
  try {
    for (const [name, args] of [
      ["Chromium's own settings", []],
      ['cache written at once', [CACHE_NOW]],
    ] as const) {
      const { cold, warm } = await arm(server.url, [...args], loads);
      console.log(`${name}: median ms from navigation to each lens:duckdb-* mark`);
      console.log(report('  first visit', cold));
      console.log(report('  repeat visit', warm));
    }
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runWarmBench();
