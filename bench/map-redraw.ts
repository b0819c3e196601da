import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage, type OpenPage } from '../test/e2e/support/browser';
import type { Change } from './interaction';
import { serveProductionBuild } from './serve-build';
import { median, percentile } from './stats';
import { frameParts, marksNamed, traced, type FrameParts } from './trace-parts';

/** Period and indicator changes on the Local authorities map: each redraws 150-odd areas in new classes. */
export const MAP_CHANGES: Change[] = [
  { label: 'Latest period', value: '2023/24' },
  { label: 'Indicator', value: 'enrolments_pa_10_exact_percent' },
  { label: 'Latest period', value: '2018/19' },
  { label: 'Indicator', value: 'sess_overall_percent' },
  { label: 'Latest period', value: '2021/22' },
  { label: 'Indicator', value: 'enrolments_pa_50_exact_percent' },
  { label: 'Latest period', value: '' },
];

/** One change's times, in ms from the change event. */
export interface MapChangeTiming {
  /** The map redrawn in its new classes and painted: the measure with the 100 ms target. */
  map_ms: number;
  /** The ranking table beside it showing the new figures, painted (it may follow the map by a frame or two). */
  table_ms: number;
  /** The ranking query's own time; 0 when the answer for these choices was already in the cache. */
  query_ms: number;
  /** Working out the map's areas, classes and words (the app's `lens:map-model` measure). */
  model_ms: number;
}

/**
 * Times one change: the select's value is set and its change event fired in the page; the clock stops for the map
 * (and, separately, for the ranking table) in a task queued from the animation frame after the new figures are in
 * the page, which runs once that frame has been painted. Marks `bench:change-start`, `bench:map-painted` and
 * `bench:table-painted` for a trace to be cut at.
 */
export async function timeMapChange(page: Page, change: Change): Promise<MapChangeTiming | null> {
  const id = await page.getByLabel(change.label, { exact: true }).getAttribute('id');
  if (!id) throw new Error(`No select labelled ${change.label}.`);
  return page.evaluate(
    async ({ id, value }) => {
      const select = document.getElementById(id) as HTMLSelectElement;
      if (![...select.options].some((option) => option.value === value))
        throw new Error(`No option ${value}.`);
      if (select.value === value) return null;
      const figure = () => document.querySelector<HTMLElement>('figure[data-chart]');
      const title = () => document.getElementById('la-title')?.textContent ?? '';
      // The ranking table has caught up when its caption starts with the new title (a flagged period, such as
      // 2020/21 or 2021/22, adds its note after it) and it no longer says it is updating.
      const tableReady = () =>
        document.querySelector('table.la-ranking caption')?.firstChild?.textContent === title() &&
        !document.querySelector('[data-ranking-state="updating"]');
      const before = figure()?.dataset.renderKey ?? '';
      const mapReady = () => {
        const f = figure();
        return f?.dataset.state === 'ready' && !!f.dataset.renderKey && f.dataset.renderKey !== before;
      };
      const afterPaint = (mark: string) =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              performance.mark(mark);
              resolve(performance.now() - started);
            };
            channel.port2.postMessage(null);
          }),
        );
      performance.mark('bench:change-start');
      const started = performance.now();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const [map, table] = await new Promise<[Promise<number>, Promise<number>]>((resolve, reject) => {
        const limit = setTimeout(() => reject(new Error('The map did not redraw within 30 s.')), 30_000);
        let map: Promise<number> | null = null;
        const check = () => {
          if (!map && mapReady()) map = afterPaint('bench:map-painted');
          if (map && tableReady()) {
            clearTimeout(limit);
            resolve([map, afterPaint('bench:table-painted')]);
          } else requestAnimationFrame(check);
        };
        check();
      });
      const spent = (name: string) =>
        performance
          .getEntriesByName(name)
          .filter((entry) => entry.startTime >= started)
          .reduce((sum, entry) => sum + entry.duration, 0);
      return {
        map_ms: await map,
        table_ms: await table,
        query_ms: spent('lens:ranking-query'),
        model_ms: spent('lens:map-model'),
      };
    },
    { id, value: change.value },
  );
}

/** Cycles through the map changes until `count` timings are taken. */
async function timeMapChanges(page: Page, count: number, onEach?: () => Promise<void>) {
  const times: MapChangeTiming[] = [];
  for (let i = 0; times.length < count; i++) {
    const change = MAP_CHANGES[i % MAP_CHANGES.length];
    if (!change) continue;
    const time = await timeMapChange(page, change).catch((error: unknown) => {
      throw new Error(
        `Changing ${change.label} to ${change.value}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    if (time) times.push(time);
    await onEach?.();
  }
  return times;
}

/** Where a redraw's time goes (medians over the changes), from a traced run after the timed one. */
export interface MapRedrawParts {
  /** Changes of the timed run that ran a query (the others found their answer cached). */
  queried: number;
  /** Median query time of those changes (0 when none ran one). */
  query_ms: number;
  model_ms: number;
  /** The main thread from the change until the map was painted. */
  to_map: FrameParts;
  /** The main thread from the map painted until the ranking table was (0 when both came in one frame). */
  map_to_table: FrameParts;
  table_ms: number;
}

export interface MapRedraw {
  p95: number;
  /** Map times of the timed run, in order. */
  times: number[];
  /** The query time of each of those changes (0: answered from the cache). */
  queryTimes: number[];
  /** p95 of the changes whose answer was cached: the page's own work, without the engine. */
  cachedP95: number;
  /** Rankings the app fetched ahead before the changes, and their median time (a change's query when not cached). */
  ahead: { count: number; query_ms: number };
  parts: MapRedrawParts;
}

const medianOf = <T>(items: readonly T[], read: (item: T) => number) =>
  Math.round(10 * median(items.map(read))) / 10;

function medianParts(parts: readonly FrameParts[]): FrameParts {
  const keys = ['script_ms', 'style_ms', 'layout_ms', 'paint_ms', 'other_ms'] as const;
  return Object.fromEntries(
    keys.map((key) => [key, medianOf(parts, (p) => p[key])]),
  ) as unknown as FrameParts;
}

/** How many default files the app loads without being asked: the first and the background ones. */
function startupFiles(): number {
  const manifest = JSON.parse(
    readFileSync(path.join(import.meta.dirname, '../data/manifest.json'), 'utf8'),
  ) as {
    datasets: { load: string }[];
  };
  return manifest.datasets.filter((d) => d.load !== 'on-demand').length;
}

/**
 * Waits until the app has stopped fetching rankings ahead (it does so in quiet moments once a ranking is shown): the
 * fetches ahead are start-up work, as the background files are. Returns how many it made and their median time,
 * which is what a change costs whose ranking was not fetched ahead.
 */
async function aheadSettled(page: Page): Promise<{ count: number; query_ms: number }> {
  const read = () =>
    page.evaluate(() => performance.getEntriesByName('lens:ranking-prefetch').map((entry) => entry.duration));
  let last = -1;
  for (let waited = 0; waited < 120_000; waited += 2000) {
    const durations = await read();
    if (durations.length === last) return { count: last, query_ms: medianOf(durations, (d) => d) };
    last = durations.length;
    await page.waitForTimeout(2000);
  }
  throw new Error('The app was still fetching rankings ahead after 2 minutes.');
}

/**
 * Period and indicator changes on the default data, once the default files have loaded (a query would otherwise
 * wait behind a load: start-up, not interaction): `count` timed changes, then a traced cycle for where the time goes.
 */
export async function mapRedrawP95(open: OpenPage, baseUrl: string, count = 40): Promise<MapRedraw> {
  const { page } = open;
  await page.goto(new URL('?view=local-authorities&la.chart=map', baseUrl).toString());
  await page.waitForSelector('[data-chart][data-state="ready"] svg[data-chart-surface]', { timeout: 90_000 });
  // The background files start loading once the user pauses, which may be after the map is drawn.
  await page.waitForFunction(
    (files) => performance.getEntriesByName('lens:ingest').length >= files,
    startupFiles(),
    {
      timeout: 180_000,
    },
  );
  const ahead = await aheadSettled(page);
  const times = await timeMapChanges(page, count);
  const cached = times.filter((t) => t.query_ms === 0);
  const queried = times.filter((t) => t.query_ms > 0);

  let tracedTimes: MapChangeTiming[] = [];
  const events = await traced(open.context, page, async () => {
    tracedTimes = await timeMapChanges(page, 2 * MAP_CHANGES.length);
  });
  const starts = marksNamed(events, 'bench:change-start');
  const maps = marksNamed(events, 'bench:map-painted');
  const tables = marksNamed(events, 'bench:table-painted');
  const thread = starts[0];
  if (!thread || starts.length !== maps.length || maps.length !== tables.length)
    throw new Error(
      `The trace holds ${starts.length} changes, ${maps.length} maps and ${tables.length} tables.`,
    );
  const toMap = starts.map((start, i) => frameParts(events, thread, start.ts, maps[i]?.ts ?? start.ts));
  const mapToTable = maps.map((map, i) =>
    frameParts(events, thread, map.ts, Math.max(map.ts, tables[i]?.ts ?? 0)),
  );
  return {
    p95: percentile(
      times.map((t) => t.map_ms),
      95,
    ),
    times: times.map((t) => t.map_ms),
    queryTimes: times.map((t) => t.query_ms),
    cachedP95: percentile(
      cached.map((t) => t.map_ms),
      95,
    ),
    ahead,
    parts: {
      queried: queried.length,
      query_ms: queried.length ? medianOf(queried, (t) => t.query_ms) : 0,
      model_ms: medianOf(times, (t) => t.model_ms),
      to_map: medianParts(toMap),
      map_to_table: medianParts(mapToTable),
      table_ms: medianOf(tracedTimes, (t) => t.table_ms),
    },
  };
}

/** The map redraw's lines of the bench's report. */
export function mapRedrawReport(map: MapRedraw): [string, string, string][] {
  const { parts } = map;
  const frame = (p: FrameParts) =>
    `script ${p.script_ms}, style ${p.style_ms}, layout ${p.layout_ms}, paint ${p.paint_ms}, other ${p.other_ms}`;
  return [
    [
      'Map redraw p95, default data',
      `${map.p95.toFixed(1)} ms (median ${median(map.times).toFixed(1)} ms; p95 of the ${map.times.length - parts.queried} changes answered from the cache ${map.cachedP95.toFixed(1)} ms)`,
      'under 100 ms',
    ],
    [
      'Map rankings fetched ahead before the changes',
      `${map.ahead.count}, median ${map.ahead.query_ms} ms each (what a change waits for when its ranking is not cached yet)`,
      '',
    ],
    [
      'Map redraw, where the time goes (median ms)',
      `query ${parts.query_ms} (${parts.queried} of ${map.times.length} changes ran one), map model ${parts.model_ms}; change to map painted: ${frame(parts.to_map)}; then to the ranking table painted (at ${parts.table_ms}): ${frame(parts.map_to_table)}`,
      '',
    ],
  ];
}

/** `npm run bench -- --only=map` or `npx tsx bench/map-redraw.ts`: this measure alone, on the production build. */
export async function runMapBench(count = 40): Promise<void> {
  const server = await serveProductionBuild();
  const open = await openPage(server.url);
  try {
    const map = await mapRedrawP95(open, server.url, count);
    for (const [name, value, target] of mapRedrawReport(map))
      console.log(`${name}  ${value}${target ? `   [target: ${target}]` : ''}`);
    console.log(`All map times: ${map.times.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(`Query times: ${map.queryTimes.map((t) => t.toFixed(0)).join(', ')}`);
    console.log(
      JSON.stringify({
        map_redraw_p95_ms: Number(map.p95.toFixed(1)),
        map_redraw_ahead: map.ahead,
        map_redraw_parts: map.parts,
      }),
    );
    if (open.consoleErrors.length)
      console.log(`Console errors during the run: ${open.consoleErrors.join(' | ')}`);
  } finally {
    await open.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runMapBench();
