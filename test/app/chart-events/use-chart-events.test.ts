import { describe, expect, test } from 'vitest';
import { chartAreaFor, chartSpanOf } from '../../../src/app/chart-events/chart-scope';
import { curatedEvents } from '../../../src/timeline/curated-events';
import { eventsOnChart } from '../../../src/app/chart-events/use-chart-events';
import type { SeriesInputRow } from '../../../src/charts/series-model';
import { eventKey } from '../../../src/app/chart-events/strip-layout';
import type { MergedEvents } from '../../../src/timeline/merge-events';
import { aMarker } from '../../support/markers';

const year = (start: number): SeriesInputRow => ({
  period: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
  period_start: `${start}-09-01`,
  period_end: `${start + 1}-08-31`,
  period_mid: Date.parse(`${start + 1}-03-01T00:00:00Z`),
  area_code: 'E92000001',
  area_name: 'England',
  value: 2,
  flag: null,
});
const rows = [2021, 2022, 2023, 2024].map(year);
const england = chartAreaFor('level:National', new Map());

const mine = aMarker('walking-bus', { start: '2023-10-02', title: 'Walking bus' });

const keys = (merged: MergedEvents) => [
  ...merged.points.flatMap((point) => point.events.map(eventKey)),
  ...merged.bands.map((band) => eventKey(band.event)),
];

describe('the events a chart draws', () => {
  test('curated events in the chart\u2019s years and the member\u2019s own marker, none outside them', () => {
    const drawn = keys(eventsOnChart([...curatedEvents, mine], chartSpanOf(rows), england, new Map(), true));
    expect(drawn).toContain(eventKey(mine));
    expect(drawn.length).toBeGreaterThan(1);
    const early = keys(
      eventsOnChart([...curatedEvents, mine], chartSpanOf([year(2005)]), england, new Map(), true),
    );
    expect(early).not.toContain(eventKey(mine));
  });

  test('none before the chart has rows, and none on a chart that leaves events out', () => {
    const none = { points: [], bands: [] };
    expect(eventsOnChart([mine], chartSpanOf([]), england, new Map(), true)).toEqual(none);
    expect(eventsOnChart([mine], chartSpanOf(rows), england, new Map(), false)).toEqual(none);
  });
});
