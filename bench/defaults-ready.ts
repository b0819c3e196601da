import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import type { Manifest } from '../src/data/default-data';
import { openPage } from '../test/e2e/support/browser';
import { waitForWasmCodeCache } from './engine-warm';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

/** One visit: ms from navigation to the engine ready and to every start-up default dataset in it. */
interface Visit {
  engine_ready_ms: number;
  defaults_ready_ms: number;
}

export interface DefaultsReady {
  /** Medians over fresh browser profiles (nothing cached). */
  engine_ready_ms: number;
  defaults_ready_ms: number;
  /** Medians over second visits in the same profiles (the browser's caches warm). */
  engine_ready_warm_ms: number;
  defaults_ready_warm_ms: number;
  cold: Visit[];
  warm: Visit[];
}

/** The files the app loads at start-up: every default dataset a view may read without asking for it. */
export function startupFiles(): string[] {
  const manifestPath = path.resolve(import.meta.dirname, '../data/manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return manifest.datasets.filter((d) => d.load !== 'on-demand').map((d) => d.file);
}

/**
 * A user's repeat visit comes minutes later: the first visit waits up to this long for Chromium to keep the compiled
 * wasm. With Chromium's own settings the write did not come within 90 s in any run (engine-warm.ts, `--only=warm`),
 * so the wait is kept short rather than spent in every cold visit.
 */
const CODE_CACHE_WAIT_MS = 10_000;

async function visit(
  url: string,
  profileDir: string,
  files: readonly string[],
  waitForCodeCache = false,
): Promise<Visit> {
  const open = await openPage(url, { profileDir });
  try {
    await open.page.goto(url);
    // `lens:ingest` is measured once a dataset is in the engine and its views answer (dataset-store.ts).
    await open.page.waitForFunction(
      (names) => {
        const loaded = new Set(
          performance.getEntriesByName('lens:ingest').map((e) => (e as PerformanceMeasure).detail?.file),
        );
        return (
          performance.getEntriesByName('lens:duckdb-ready').length > 0 && names.every((n) => loaded.has(n))
        );
      },
      files,
      { timeout: 120_000, polling: 50 },
    );
    if (waitForCodeCache) await waitForWasmCodeCache(profileDir, CODE_CACHE_WAIT_MS);
    return await open.page.evaluate((names) => {
      const ends = performance
        .getEntriesByName('lens:ingest')
        .filter((e) => names.includes((e as PerformanceMeasure).detail?.file))
        .map((e) => e.startTime + e.duration);
      return {
        engine_ready_ms: performance.getEntriesByName('lens:duckdb-ready')[0]?.startTime ?? NaN,
        defaults_ready_ms: Math.max(...ends),
      };
    }, files);
  } finally {
    await open.close();
  }
}

/**
 * Page open to the engine ready and to every start-up default dataset answering, on a first visit (fresh profile)
 * and on a repeat visit in the same profile, `loads` times each.
 */
export async function defaultsReady(url: string, loads = 5): Promise<DefaultsReady> {
  const files = startupFiles();
  const cold: Visit[] = [];
  const warm: Visit[] = [];
  for (let i = 0; i < loads; i++) {
    const profileDir = mkdtempSync(path.join(tmpdir(), 'lens-bench-'));
    try {
      cold.push(await visit(url, profileDir, files, true));
      warm.push(await visit(url, profileDir, files));
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
  const at = (visits: Visit[], key: keyof Visit) => Math.round(median(visits.map((v) => v[key])));
  return {
    engine_ready_ms: at(cold, 'engine_ready_ms'),
    defaults_ready_ms: at(cold, 'defaults_ready_ms'),
    engine_ready_warm_ms: at(warm, 'engine_ready_ms'),
    defaults_ready_warm_ms: at(warm, 'defaults_ready_ms'),
    cold,
    warm,
  };
}

export function defaultsReadyReport(result: DefaultsReady): [string, string, string][] {
  const runs = (visits: Visit[], key: keyof Visit) => visits.map((v) => v[key].toFixed(0)).join(', ');
  return [
    [
      'Engine ready, first visit / repeat visit (median ms from navigation)',
      `${result.engine_ready_ms} (${runs(result.cold, 'engine_ready_ms')}) / ${result.engine_ready_warm_ms} (${runs(result.warm, 'engine_ready_ms')})`,
      '',
    ],
    [
      'Every start-up default dataset answering, first visit / repeat visit',
      `${result.defaults_ready_ms} (${runs(result.cold, 'defaults_ready_ms')}) / ${result.defaults_ready_warm_ms} (${runs(result.warm, 'defaults_ready_ms')})`,
      'within 300 ms of the engine ready',
    ],
  ];
}

/** `npm run bench -- --only=defaults`: these measures alone, on a fresh production build. */
export async function runDefaultsBench(loads = 5): Promise<void> {
  const server = await serveProductionBuild();
  try {
    const result = await defaultsReady(server.url, loads);
    for (const [name, value, target] of defaultsReadyReport(result))
      console.log(`${name}  ${value}${target ? `   [target: ${target}]` : ''}`);
    const { engine_ready_ms, engine_ready_warm_ms, defaults_ready_ms, defaults_ready_warm_ms } = result;
    console.log(
      JSON.stringify({ engine_ready_ms, engine_ready_warm_ms, defaults_ready_ms, defaults_ready_warm_ms }),
    );
  } finally {
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runDefaultsBench();
