import type { Page } from 'playwright-core';
import { percentile } from './stats';

export interface Change {
  label: string;
  value: string;
}

/** The Trends changes timed on the default data, in the order they are made. */
export const DEFAULT_CHANGES: Change[] = [
  { label: 'Indicator', value: 'enrolments_pa_10_exact_percent' },
  { label: 'Areas', value: 'la:E12000002' },
  { label: 'Phase', value: 'Secondary' },
  { label: 'Indicator', value: 'sess_overall_percent' },
  { label: 'Areas', value: 'england-regions' },
  { label: 'Phase', value: 'Primary' },
  { label: 'Indicator', value: 'enrolments_pa_50_exact_percent' },
  { label: 'Areas', value: 'drill:E08000012' },
  { label: 'Phase', value: 'Total' },
];

/** The Trends changes timed with the 1M-row file charted. */
export const LARGE_CHANGES: Change[] = [
  { label: 'Indicator', value: 'attendance_perc' },
  { label: 'Areas', value: 'la:E12000007' },
  { label: 'Phase', value: 'Secondary' },
  { label: 'Indicator', value: 'overall_absence_perc' },
  { label: 'Areas', value: 'england-regions' },
  { label: 'Phase', value: 'Primary' },
  { label: 'Indicator', value: 'synthetic_reason_rate_3' },
  { label: 'Areas', value: 'la:E12000002' },
  { label: 'Phase', value: 'Total' },
];

/**
 * Time from a changed choice to the chart redrawn on screen: the select's value is set and its change event fired in
 * the page; once the chart reports the new data drawn, the clock stops in a task queued from the next animation
 * frame, which runs after that frame has been painted.
 */
export async function timeChange(page: Page, change: Change): Promise<number | null> {
  const id = await page.getByLabel(change.label, { exact: true }).getAttribute('id');
  if (!id) throw new Error(`No select labelled ${change.label}.`);
  return page.evaluate(
    async ({ id, value }) => {
      const select = document.getElementById(id) as HTMLSelectElement;
      if (![...select.options].some((option) => option.value === value))
        throw new Error(`No option ${value}.`);
      if (select.value === value) return null;
      const figure = () => document.querySelector<HTMLElement>('figure[data-chart]');
      const before = figure()?.dataset.renderKey ?? '';
      performance.mark('bench:change-start');
      const started = performance.now();
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise<void>((resolve, reject) => {
        const limit = setTimeout(() => reject(new Error('The chart did not redraw within 120 s.')), 120_000);
        const check = () => {
          const f = figure();
          if (f && f.dataset.state === 'ready' && f.dataset.renderKey && f.dataset.renderKey !== before) {
            clearTimeout(limit);
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                performance.mark('bench:change-painted');
                resolve();
              };
              channel.port2.postMessage(null);
            });
          } else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - started;
    },
    { id, value: change.value },
  );
}

/** Cycles through the changes until `count` timings are taken; returns the 95th percentile and all timings. */
export async function interactionP95(
  page: Page,
  changes: readonly Change[],
  count = 60,
): Promise<{ p95: number; times: number[] }> {
  const times: number[] = [];
  for (let i = 0; times.length < count; i++) {
    const change = changes[i % changes.length];
    if (!change) continue;
    const time = await timeChange(page, change).catch((error: unknown) => {
      throw new Error(
        `Changing ${change.label} to ${change.value}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    if (time !== null) times.push(time);
  }
  return { p95: percentile(times, 95), times };
}
