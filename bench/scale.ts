// npm run bench -- --only=scale: a hosted set of 10M school-level rows (issue 24, point 5), read by HTTP ranges.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createNativeEngine } from '../scripts/native-engine';
import { writeScaleSet } from '../scripts/scale-set/write-set';
import { ROWS_PER_SCHOOL_YEAR } from '../scripts/scale-set/rows-sql';
import type { HostedManifest } from '../src/data/hosted/hosted-manifest';
import { openPage } from '../test/e2e/support/browser';
import { serveProductionBuild } from './serve-build';
import { median, percentile } from './stats';

const SET_DIR = path.resolve(import.meta.dirname, '../hosted/scale');
const ROWS = 10_000_000;
const YEARS = [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024];
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** The 10M-row set, written once (several minutes) and kept in the git-ignored hosted/ folder between runs. */
async function scaleSet(): Promise<HostedManifest> {
  const file = path.join(SET_DIR, 'manifest.json');
  if (!existsSync(file)) {
    console.log(`Writing the hosted set into ${SET_DIR} (${ROWS.toLocaleString('en-GB')} rows, once)…`);
    const engine = await createNativeEngine();
    try {
      const schools = Math.ceil(ROWS / (YEARS.length * ROWS_PER_SCHOOL_YEAR));
      await writeScaleSet(engine, {
        id: 'scale',
        title: 'School-level absence (synthetic, hosted)',
        shape: { schools, years: YEARS },
        outDir: SET_DIR,
      });
    } finally {
      engine.close();
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as HostedManifest;
}

/**
 * Shows `search` the way the app's links do and times it to the chart redrawn and painted (as interaction.ts times a
 * changed select): the clock stops in a task queued from the next animation frame.
 */
function timeUrl(page: Page, search: string): Promise<number> {
  return page.evaluate(async (query) => {
    const figure = () => document.querySelector<HTMLElement>('figure[data-chart]');
    const before = figure()?.dataset.renderKey ?? '';
    const started = performance.now();
    window.history.pushState(null, '', `${window.location.pathname}${query}`);
    window.dispatchEvent(new Event('lens:navigate'));
    await new Promise<void>((resolve, reject) => {
      let givenUp = false;
      const limit = setTimeout(() => {
        givenUp = true;
        reject(new Error(`The chart did not redraw for ${query} within 180 s.`));
      }, 180_000);
      const check = () => {
        // Once given up, stop polling: a frame callback for ever would keep the page busy for the next query.
        if (givenUp) return;
        const f = figure();
        if (f && f.dataset.state === 'ready' && f.dataset.renderKey && f.dataset.renderKey !== before) {
          clearTimeout(limit);
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          });
        } else requestAnimationFrame(check);
      };
      check();
    });
    return performance.now() - started;
  }, search);
}

/** Resolves, in page time, once the chart of the hosted set is drawn with its lines. */
const hostedChart = (page: Page) =>
  page
    .waitForFunction(
      () => {
        const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Dataset');
        const select = label ? (document.getElementById(label.htmlFor) as HTMLSelectElement | null) : null;
        const chart = document.querySelector('[data-chart][data-state="ready"]');
        const lines = chart?.querySelectorAll('.series-line').length ?? 0;
        return chart && lines > 0 && select?.value === 'scale' ? performance.now() : 0;
      },
      null,
      { timeout: 300_000, polling: 50 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);

/** The interactions timed: schools, authorities, England, other years and other groups, each a new query. */
function interactions(manifest: HostedManifest): string[] {
  const { areas, periods } = manifest.dataset;
  const schools = areas.filter((a) => a.level === 'School');
  const authorities = areas.filter((a) => a.level === 'Local authority');
  const pick = <T>(list: readonly T[], i: number, n: number) =>
    list[Math.floor(((i + 0.5) * list.length) / n)];
  const base = '?hosted=scale&ds=scale&ind=sess_overall_percent';
  const out: string[] = [];
  const groups = ['Total', 'Girls', 'FSM eligible', 'SEN support', 'EAL'];
  for (let i = 0; i < 5; i++) {
    out.push(
      `${base}&geo=area:School:${pick(schools, i, 5)?.code}&f.pupil_group=${encodeURIComponent(groups[i] ?? 'Total')}`,
    );
    out.push(
      `${base}&geo=drill:${pick(authorities, i, 5)?.code}&f.pupil_group=${encodeURIComponent(groups[i] ?? 'Total')}`,
    );
    out.push(
      `${base}&geo=england-regions&f.pupil_group=${encodeURIComponent(groups[(i + 1) % 5] ?? 'Total')}`,
    );
    out.push(
      `${base}&geo=area:School:${pick(schools, i + 7, 13)?.code}&from=${pick(periods, i, 5)?.start}&f.year_group=Total`,
    );
  }
  return out;
}

export async function runScaleBench(): Promise<void> {
  const manifest = await scaleSet();
  const total = manifest.partitions.reduce((sum, p) => sum + p.bytes, 0);
  const server = await serveProductionBuild();
  const open = await openPage(server.url);
  try {
    let fetched = 0;
    let requests = 0;
    open.context.on('requestfinished', (request) => {
      if (!request.url().includes('/hosted/')) return;
      requests += 1;
      void request.sizes().then((sizes) => (fetched += sizes.responseBodySize));
    });
    const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
    const school = manifest.dataset.areas.find((a) => a.level === 'School');
    console.log('First chart of one school from the hosted set…');
    await open.page.goto(
      `${server.url}?hosted=scale&ds=scale&ind=sess_overall_percent&geo=area:School:${school?.code}`,
    );
    const chartAt = await hostedChart(open.page);
    const readyAt = await open.page.evaluate(
      () => performance.getEntriesByName('lens:duckdb-ready').at(-1)?.startTime ?? Number.NaN,
    );
    await settle();
    const firstBytes = fetched;
    const firstRequests = requests;
    await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
      timeout: 300_000,
    });
    console.log('Interactions: schools, authorities, England, other years (20 changes)…');
    const times: number[] = [];
    const bytes: number[] = [];
    const counts: number[] = [];
    for (const search of interactions(manifest)) {
      const before = fetched;
      const requestsBefore = requests;
      times.push(
        await timeUrl(open.page, search).catch(async (error: unknown) => {
          await open.page.screenshot({
            path: path.resolve(import.meta.dirname, '../.tmp/bench-scale-failed.png'),
          });
          throw error;
        }),
      );
      await settle();
      bytes.push(fetched - before);
      counts.push(requests - requestsBefore);
    }
    const result = {
      scale_first_chart_ms: round(chartAt - readyAt, 0),
      scale_p95_ms: round(percentile(times, 95)),
      scale_bytes_per_query: round(Math.max(...bytes) / total, 3),
      // DuckDB-WASM makes its range requests one at a time: their count, more than their bytes, sets the time.
      scale_first_chart_requests: firstRequests,
      scale_requests_per_query: Math.max(...counts),
    };
    console.log('');
    console.log(
      `Hosted set: ${manifest.dataset.rows.toLocaleString('en-GB')} rows in ${manifest.partitions.length} files, ${(total / 1e6).toFixed(1)} MB`,
    );
    console.log(
      `First chart from engine ready: ${result.scale_first_chart_ms} ms (engine ready at ${readyAt.toFixed(0)} ms); ` +
        `${(firstBytes / 1e6).toFixed(1)} MB in ${firstRequests} requests (manifest and attach included)   [target: 3000 ms]`,
    );
    console.log(
      `Interaction p95: ${result.scale_p95_ms} ms (median ${round(median(times))}; all ${times.map((t) => t.toFixed(0)).join(', ')})   [target: 200 ms]`,
    );
    console.log(
      `Bytes per query: largest ${(Math.max(...bytes) / 1e6).toFixed(2)} MB = ${result.scale_bytes_per_query} of the set, median ${(median(bytes) / 1e6).toFixed(2)} MB   [target: at most 0.1]`,
    );
    console.log(
      `Requests per query: largest ${result.scale_requests_per_query}, median ${median(counts)}; all ${counts.join(', ')}`,
    );
    console.log(
      `Bytes per change (MB): ${interactions(manifest)
        .map((search, i) => `${search.replace(/^.*ind=[^&]*&/, '')} ${((bytes[i] ?? 0) / 1e6).toFixed(1)}`)
        .join('; ')}`,
    );
    if (open.consoleErrors.length)
      console.log(`Console errors during the run: ${open.consoleErrors.join(' | ')}`);
    console.log(JSON.stringify(result));
  } finally {
    await open.close();
    await server.close();
  }
}
