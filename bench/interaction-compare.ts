// Compares builds of the app side by side on CPU per Trends change, in one sitting, alternating between them so the
// machine's load falls on each alike: `npx tsx bench/interaction-compare.ts --root=<worktree> --root=<worktree>`.
// Each worktree is built once (`vite build` into its .tmp/cmp-dist, `--skip-build` reuses it) and served by its own
// `vite preview`; every round opens each build afresh, makes one untraced cycle of changes (filling the query cache),
// then traces `--cycles` cached cycles, on the default data and then with the 1M-row file (`--no-large` skips it).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPage } from '../test/e2e/support/browser';
import { ingestAndChart } from './browser-ingest';
import { DEFAULT_CHANGES, LARGE_CHANGES, timeChange, type Change } from './interaction';
import { tracedCycle, type TracedChange } from './interaction-trace';
import { median } from './stats';

const LARGE = path.resolve(import.meta.dirname, '../.tmp/large.csv');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const roots = process.argv.filter((a) => a.startsWith('--root=')).map((a) => path.resolve(a.slice(7)));
const rounds = Number(arg('rounds') ?? 2);
const cycles = Number(arg('cycles') ?? 2);
const withLarge = !process.argv.includes('--no-large');

function build(root: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', '.tmp/cmp-dist', '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** `vite preview` of the build in `root`'s `outDir` on `port`, resolved once it listens. */
export async function servePreview(
  root: string,
  outDir: string,
  port: number,
): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`:${port}`)) resolve();
    });
    server.on('exit', (code) => reject(new Error(`vite preview in ${root} exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, server };
}

async function untracedCycle(page: Parameters<typeof timeChange>[0], changes: readonly Change[]) {
  for (const change of changes) await timeChange(page, change);
}

type Sample = Record<'default' | 'large', TracedChange[]>;

async function measure(url: string): Promise<Sample> {
  const open = await openPage(url);
  const sample: Sample = { default: [], large: [] };
  try {
    await open.page.goto(url);
    await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 120_000 });
    await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
      timeout: 300_000,
    });
    await untracedCycle(open.page, DEFAULT_CHANGES);
    for (let i = 0; i < cycles; i++) sample.default.push(...(await tracedCycle(open, DEFAULT_CHANGES)));
    if (withLarge) {
      await ingestAndChart(open.page, LARGE, 0);
      await untracedCycle(open.page, LARGE_CHANGES);
      for (let i = 0; i < cycles; i++) sample.large.push(...(await tracedCycle(open, LARGE_CHANGES)));
    }
  } finally {
    await open.close();
  }
  return sample;
}

const load = () =>
  execFileSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, 'load ');

function summary(rows: readonly TracedChange[]): string {
  if (!rows.length) return '-';
  const cpu = rows.map((r) => r.main_cpu_ms);
  const script = rows.map((r) => r.parts.script_ms);
  return `main CPU median ${median(cpu)} ms (max ${Math.max(...cpu)}, sum ${Math.round(cpu.reduce((a, b) => a + b, 0))}), script median ${median(script)} ms, wall median ${median(rows.map((r) => r.wall_ms))} ms`;
}

async function main(): Promise<void> {
  if (roots.length < 1) throw new Error('Give at least one --root=<worktree>.');
  if (!process.argv.includes('--skip-build')) for (const root of roots) build(root);
  const servers = await Promise.all(roots.map((root, i) => servePreview(root, '.tmp/cmp-dist', 4710 + i)));
  const all = roots.map((): Sample => ({ default: [], large: [] }));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [i, root] of roots.entries()) {
        const before = load();
        const sample = await measure(servers[i]?.url ?? '');
        all[i]?.default.push(...sample.default);
        all[i]?.large.push(...sample.large);
        console.log(`round ${round + 1} ${path.basename(root)} (${before}; after: ${load()})`);
        console.log(`  default: ${summary(sample.default)}`);
        if (withLarge) console.log(`  large:   ${summary(sample.large)}`);
        if (process.argv.includes('--verbose'))
          for (const r of [...sample.default, ...sample.large])
            console.log(
              `    ${r.change}: main CPU ${r.main_cpu_ms} script ${r.parts.script_ms} engine ${r.engine_cpu_ms}`,
            );
      }
    }
    console.log('All rounds:');
    for (const [i, root] of roots.entries()) {
      console.log(`${path.basename(root)}\n  default: ${summary(all[i]?.default ?? [])}`);
      if (withLarge) console.log(`  large:   ${summary(all[i]?.large ?? [])}`);
    }
  } finally {
    for (const { server } of servers) if (server.pid) process.kill(-server.pid);
  }
}

// Run as a script only: interaction-profile.ts imports servePreview from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
