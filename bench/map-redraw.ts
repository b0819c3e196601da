import type { Page } from 'playwright-core';
import { interactionP95, type Change } from './interaction';

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
