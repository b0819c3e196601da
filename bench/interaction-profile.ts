// Where a cached Trends change's main-thread time goes, by function: `npx tsx bench/interaction-profile.ts`.
// Builds the app unminified (.tmp/prof-dist), fills the query cache with one cycle of changes, then samples V8's CPU
// profiler over `--cycles` more (cached) cycles on the default data and, unless `--no-large`, with the 1M-row file.
// Prints the functions with the most self time and, for the names given by `--focus=a,b`, their total time.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CDPSession } from 'playwright-core';
import { openPage, type OpenPage } from '../test/e2e/support/browser';
import { ingestAndChart } from './browser-ingest';
import { DEFAULT_CHANGES, LARGE_CHANGES, timeChange, type Change } from './interaction';
import { servePreview } from './interaction-compare';
import { summarise, type CpuProfile } from './profile-summary';

const root = path.resolve(import.meta.dirname, '..');
const LARGE = path.join(root, '.tmp/large.csv');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const cycles = Number(arg('cycles') ?? 3);
const focus = (arg('focus') ?? '').split(',').filter(Boolean);
const top = Number(arg('top') ?? 40);

async function profiled(open: OpenPage, changes: readonly Change[]): Promise<CpuProfile> {
  const cdp: CDPSession = await open.context.newCDPSession(open.page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < cycles; i++) for (const change of changes) await timeChange(open.page, change);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile as unknown as CpuProfile;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build'))
    execFileSync(
      'npx',
      ['vite', 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', '.tmp/prof-dist'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  const port = 4790;
  const { url, server } = await servePreview(root, '.tmp/prof-dist', port);
  const open = await openPage(url);
  try {
    await open.page.goto(url);
    await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 120_000 });
    await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
      timeout: 300_000,
    });
    for (const change of DEFAULT_CHANGES) await timeChange(open.page, change);
    console.log(`Default data, ${cycles} cached cycles:`);
    console.log(summarise(await profiled(open, DEFAULT_CHANGES), top, focus));
    if (!process.argv.includes('--no-large')) {
      await ingestAndChart(open.page, LARGE, 0);
      for (const change of LARGE_CHANGES) await timeChange(open.page, change);
      console.log(`Large file, ${cycles} cached cycles:`);
      console.log(summarise(await profiled(open, LARGE_CHANGES), top, focus));
    }
  } finally {
    await open.close();
    if (server.pid) process.kill(-server.pid);
  }
}

await main();
