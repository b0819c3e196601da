// npm run bench -- --only=interaction: both interaction p95s alone, each change's time, and where one cycle's goes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { generateLargeCsv } from '../scripts/generate-large-csv';
import { openPage, type OpenPage } from '../test/e2e/support/browser';
import { ingestAndChart } from './browser-ingest';
import { DEFAULT_CHANGES, LARGE_CHANGES, timeChange, type Change } from './interaction';
import { serveProductionBuild } from './serve-build';
import { median, percentile } from './stats';
import { describeTraced, tracedCycle } from './interaction-trace';

const LARGE = path.resolve(import.meta.dirname, '../.tmp/large.csv');
const round = (value: number) => Math.round(value * 10) / 10;

interface Timed {
  change: string;
  ms: number;
  /** The series query's own time in this change; 0 when the answer came from the cache. */
  query_ms: number;
}

/** Times `count` changes cycling through `changes`, each with the series query's time inside it. */
async function timeChanges(page: Page, changes: readonly Change[], count: number): Promise<Timed[]> {
  const timed: Timed[] = [];
  for (let i = 0; timed.length < count; i++) {
    const change = changes[i % changes.length];
    if (!change) continue;
    const ms = await timeChange(page, change);
    if (ms === null) continue;
    const query_ms = await page.evaluate(() => {
      const start = performance.getEntriesByName('bench:change-start').at(-1)?.startTime ?? 0;
      const query = performance
        .getEntriesByName('lens:series-query', 'measure')
        .filter((entry) => entry.startTime >= start);
      return query.reduce((sum, entry) => sum + entry.duration, 0);
    });
    timed.push({ change: `${change.label}=${change.value}`, ms: round(ms), query_ms: round(query_ms) });
  }
  return timed;
}

/** One traced cycle of the changes, printed: per change, the main thread's parts and the engine's CPU. */
async function printTracedCycle(open: OpenPage, changes: readonly Change[]): Promise<void> {
  for (const row of await tracedCycle(open, changes)) console.log(describeTraced(row));
}

function report(name: string, timed: readonly Timed[]): number {
  const times = timed.map((t) => t.ms);
  const p95 = round(percentile(times, 95));
  console.log(`${name}: p95 ${p95} ms, median ${round(median(times))} ms`);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, 8);
  for (const t of slowest) console.log(`  ${t.ms} ms  ${t.change}  (query ${t.query_ms} ms)`);
  return p95;
}

export async function runInteractionBench(): Promise<void> {
  const withLarge = !process.argv.includes('--no-large');
  if (withLarge && !existsSync(LARGE)) await generateLargeCsv({ rows: 1_000_000, out: LARGE });
  const server = await serveProductionBuild();
  const open = await openPage(server.url);
  try {
    await open.page.goto(server.url);
    await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
    await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
      timeout: 120_000,
    });
    if (process.argv.includes('--trace-first')) {
      // Diagnosis: the first cycle, whose answers are not cached yet, traced (its times are not counted).
      console.log('First cycle, traced (answers not cached):');
      await printTracedCycle(open, DEFAULT_CHANGES);
    }
    const small = report('Default data', await timeChanges(open.page, DEFAULT_CHANGES, 60));
    console.log('One more cycle, traced (cached answers):');
    await printTracedCycle(open, DEFAULT_CHANGES);
    let large: number | null = null;
    if (withLarge) {
      await ingestAndChart(open.page, LARGE, 0);
      if (process.argv.includes('--trace-first')) {
        console.log('First cycle, traced (answers not cached):');
        await printTracedCycle(open, LARGE_CHANGES);
      }
      large = report('Large file', await timeChanges(open.page, LARGE_CHANGES, 60));
      console.log('One more cycle, traced (cached answers):');
      await printTracedCycle(open, LARGE_CHANGES);
    }
    if (open.consoleErrors.length) console.log(`Console errors: ${open.consoleErrors.join(' | ')}`);
    console.log(JSON.stringify({ interaction_p95_ms: small, interaction_p95_large_ms: large }));
  } finally {
    await open.close();
    await server.close();
  }
}
