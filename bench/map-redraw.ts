import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { openPage } from '../test/e2e/support/browser';
import { interactionP95, type Change } from './interaction';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

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

/** Time from a changed period or indicator to the map redrawn, on the default data; the 95th percentile. */
export async function mapRedrawP95(page: Page, baseUrl: string, count = 40) {
  await page.goto(new URL('?view=local-authorities&la.chart=map', baseUrl).toString());
  await page.waitForSelector('[data-chart][data-state="ready"] svg[data-chart-surface]', { timeout: 90_000 });
  return interactionP95(page, MAP_CHANGES, count);
}

/** `npx tsx bench/map-redraw.ts`: this measure alone, on the production build, without the ingest benchmarks. */
async function main(): Promise<void> {
  const server = await serveProductionBuild();
  const open = await openPage(server.url);
  try {
    const map = await mapRedrawP95(open.page, server.url, 40);
    console.log(
      `Map redraw p95, default data: ${map.p95.toFixed(1)} ms (median ${median(map.times).toFixed(1)} ms; all ${map.times.map((t) => t.toFixed(0)).join(', ')})`,
    );
  } finally {
    await open.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
