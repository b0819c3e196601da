import { beforeAll, describe, expect, test } from 'vitest';
import {
  briefingChartEvents,
  briefingCsv,
  briefingSummary,
  chartSpan,
  eventsWithin,
} from '../../../src/app/briefing/briefing-model';
import { englandRequest } from '../../../src/app/briefing/england-series';
import { curatedEvents } from '../../../src/timeline/curated-events';
import type { Dataset } from '../../../src/data/catalogue';
import type { SeriesRow } from '../../../src/data/sql/series-query';
import { seriesQueryOptions } from '../../../src/queries/series-query-options';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

let loaded: DefaultDatasets;
let rows: readonly SeriesRow[];
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
  const request = englandRequest(loaded.datasets[0] as Dataset, 'enrolments_pa_50_exact_percent');
  rows = (await freshClient().fetchQuery(seriesQueryOptions(request, 1, [], loaded.engine))).rows;
});

describe("England's severe absence chart, from the engine", () => {
  test('spans the published years; only events inside them are marked', () => {
    const { first, last } = chartSpan(rows);
    expect(first).toBe('2015-09-01');
    const shown = eventsWithin(curatedEvents, first, last);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((event) => event.start >= first && event.start <= last)).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(curatedEvents.length);
  });

  test('the events layer covers the span; a theme switched off leaves the drawn events, not all', () => {
    const { first, last } = chartSpan(rows);
    const shown = eventsWithin(curatedEvents, first, last);
    const on = briefingChartEvents(shown, first, last, new Set());
    const off = briefingChartEvents(shown, first, last, new Set(['campaigns'] as const));
    if (!on || !off) throw new Error('no events layer');
    expect(on.domain[0]).toBe(Date.parse(`${first}T00:00:00Z`));
    expect(off.all).toEqual(on.all);
    expect(off.merged.points.length + off.merged.bands.length).toBeLessThanOrEqual(
      on.merged.points.length + on.merged.bands.length,
    );
    expect(briefingChartEvents(shown, '', '', new Set())).toBeNull();
  });

  test('the summary says what changed and when, from the real figures', () => {
    const summary = briefingSummary(rows, curatedEvents);
    expect(summary?.latest.ok).toBe(true);
    expect(summary?.longer.ok).toBe(true);
    expect(briefingSummary([], curatedEvents)).toBeNull();
  });
});

test('an event is marked only if it starts within the span: the first and last day count, a day outside does not', () => {
  const template = curatedEvents[0];
  if (!template) throw new Error('no curated events');
  const at = (start: string) => ({ ...template, id: `at-${start}`, start, end: null });
  const events = [at('2015-08-31'), at('2015-09-01'), at('2020-01-15'), at('2025-07-31'), at('2025-08-01')];
  expect(eventsWithin(events, '2015-09-01', '2025-07-31').map((event) => event.start)).toEqual([
    '2015-09-01',
    '2020-01-15',
    '2025-07-31',
  ]);
});

test('the CSV rounds as shown and leaves a missing figure empty, not zero', () => {
  const row = (value: number | null, flag: string | null) =>
    ({
      period: '2019/20',
      period_mid: 1,
      area_code: 'E92000001',
      area_name: 'England',
      value,
      flag,
    }) as SeriesRow;
  expect(briefingCsv([row(2.3456, null), row(null, 'x')]).map((r) => [r.value, r.flag])).toEqual([
    [2.35, null],
    [null, 'x'],
  ]);
});
