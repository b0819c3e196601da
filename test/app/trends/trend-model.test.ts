import { beforeAll, describe, expect, test } from 'vitest';
import { datasetChoices, readChoices, type TrendChoices } from '../../../src/app/trend-choices/trend-choices';
import {
  drawnFigures,
  eventsChoice,
  heldBackNote,
  LINE_ORDER,
  seasonalNote,
  trendAsk,
  trendBody,
  trendCsv,
  trendTitle,
  type TrendBodyInput,
} from '../../../src/app/trends/trend-model';
import { trendsUrl, type TrendsUrl } from '../../../src/app/url/trends-url';
import { applyChange } from '../../../src/app/url-state';
import { toChartModel, type ChartModel } from '../../../src/charts/series-model';
import type { Dataset, IndicatorColumn } from '../../../src/data/catalogue';
import type { SeriesRow } from '../../../src/data/sql/series-query';
import { seriesQueryOptions } from '../../../src/queries/series-query-options';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';

const severe: IndicatorColumn = {
  column: 'enrolments_pa_50_exact_percent',
  label: 'Severe absence rate',
  unit: '%',
  decimals: 2,
  concept: 'severe',
};
const plans: IndicatorColumn = { column: 'ehc_plans', label: 'EHC plans', unit: '', decimals: 0 };

describe('the title', () => {
  test.each([
    [severe, 'Total', '', { kind: 'loaded' }, 'Severe absence rate'],
    [
      severe,
      'Secondary',
      'Autumn term',
      { kind: 'loaded' },
      'Severe absence rate, secondary, autumn term only',
    ],
    [undefined, 'Total', '', { kind: 'missing' }, 'File not in this browser'],
    [undefined, 'Total', '', { kind: 'not-loaded', title: 'My file' }, 'File not loaded this time'],
    [undefined, 'Total', '', { kind: 'coming', title: null }, 'Loading data…'],
    [undefined, 'Total', '', { kind: 'failed', message: 'why' }, 'Hosted set not loaded'],
  ] as const)('%#: %s', (indicator, phase, term, availability, title) => {
    expect(trendTitle(indicator, phase, term, availability)).toBe(title);
  });
});

test.each([
  [severe, undefined, { byDefault: true, shown: true }],
  [severe, 'hidden', { byDefault: true, shown: false }],
  [plans, undefined, { byDefault: false, shown: false }],
  [plans, 'shown', { byDefault: false, shown: true }],
  [undefined, undefined, { byDefault: false, shown: false }],
] as const)('events case %#, the URL saying $1', (indicator, chosen, expected) => {
  expect(eventsChoice(indicator, chosen)).toEqual(expected);
});

test('the seasonal note is for terms in sequence only', () => {
  expect(seasonalNote('Term', '')).toMatch(/^Absence is seasonal/);
  expect(seasonalNote('Term', 'Autumn term')).toBeNull();
  expect(seasonalNote('Academic year', '')).toBeNull();
});

const modelOf = (lines: number, periods: number): ChartModel => ({
  lines: Array.from({ length: lines }, (_, i) => ({ key: `a${i}`, name: `Area ${i}` })),
  periods: Array.from({ length: periods }, (_, i) => ({ x: i, label: `${i}`, values: {}, flags: {} })),
});

test('the held-back note counts the lines drawn and the figures', () => {
  expect(heldBackNote(modelOf(30, 1), [], 30)).toBeNull();
  expect(heldBackNote(modelOf(30, 1), ['a28', 'a29'], 12_345)).toBe(
    '28 of 30 lines drawn: 12,345 figures are more than the chart can redraw at once. Draw others from the ' +
      'legend, or use Small multiples; the table and CSV hold every figure.',
  );
});

describe('what the chart’s place shows', () => {
  const input = (change: Partial<TrendBodyInput>): TrendBodyInput => ({
    availability: { kind: 'loaded' },
    datasetId: 'scale',
    error: null,
    model: modelOf(0, 0),
    multiples: false,
    emptyChoice: false,
    waitingFor: undefined,
    request: null,
    fetching: false,
    ...change,
  });
  const asked = { view: 'v' } as TrendBodyInput['request'];
  test.each([
    ['a file not in this browser', { availability: { kind: 'missing' } }, { kind: 'missing' }],
    ['a failed query', { error: new Error('boom') }, { kind: 'failed', message: 'boom' }],
    ['figures', { model: modelOf(3, 2) }, { kind: 'chart' }],
    ['small multiples of three lines', { model: modelOf(3, 2), multiples: true }, { kind: 'multiples' }],
    ['no small multiples of two lines', { model: modelOf(2, 2), multiples: true }, { kind: 'chart' }],
    ['filters that find no rows', { emptyChoice: true, request: asked }, { kind: 'empty-choice' }],
    [
      'a default file loading',
      { waitingFor: { title: 'Weekly' } },
      { kind: 'message', text: 'Loading Weekly…' },
    ],
    [
      'a hosted set that did not load',
      { availability: { kind: 'failed', message: 'hosted/scale/manifest.json is not JSON' } },
      { kind: 'unavailable', message: 'hosted/scale/manifest.json is not JSON' },
    ],
    [
      'a hosted set loading',
      { availability: { kind: 'coming', title: null, hosted: true } },
      { kind: 'message', text: 'Loading the hosted set “scale”…' },
    ],
    [
      'a kept file loading',
      { availability: { kind: 'coming', title: 'Mine' } },
      { kind: 'message', text: 'Loading Mine, kept in this browser…' },
    ],
    [
      'a kept file not loaded',
      { availability: { kind: 'not-loaded', title: 'Mine' } },
      { kind: 'message', text: expect.stringMatching(/^Mine is kept in this browser but was not loaded/) },
    ],
    ['no request yet', {}, { kind: 'message', text: 'Loading the default data…' }],
    ['a query running', { request: asked, fetching: true }, { kind: 'message', text: 'Drawing…' }],
    ['an answer of no rows', { request: asked }, { kind: 'message', text: 'No figures for these choices.' }],
  ] as const)('%s', (_, change, body) => {
    expect(trendBody(input(change as Partial<TrendBodyInput>))).toEqual(body);
  });
});

const row = (value: number | null, flag: string | null): SeriesRow =>
  ({
    period: '2023/24',
    period_start: '2023-09-01',
    area_code: 'E1',
    area_name: 'A',
    value,
    flag,
  }) as SeriesRow;

test('the CSV rounds as shown, keeps a missing figure empty, and names the schools columns when counted', () => {
  const drawn = { indicator: severe, phase: 'Total' } as Pick<TrendChoices, 'indicator' | 'phase'>;
  const csv = trendCsv([row(2.3456, null), row(null, 'c')], drawn, false);
  expect(csv.rows().map((r) => [r.value, r.flag, r.indicator])).toEqual([
    [2.35, null, severe.column],
    [null, 'c', severe.column],
  ]);
  expect(csv.columns).not.toContain('schools');
  expect(trendCsv([], drawn, true).columns.slice(-2)).toEqual(['schools', 'schools_total']);
});

describe('on the real annual file', () => {
  let loaded: DefaultDatasets;
  let annual: Dataset;
  beforeAll(async () => {
    loaded = await loadDefaultDatasets(['annual_absence']);
    annual = loaded.datasets[0] as Dataset;
  });
  const drawnFor = async (url: Partial<TrendsUrl>) => {
    const read = readChoices(applyChange({}, trendsUrl.write(url)), [annual], datasetChoices([annual], []));
    const { request } = trendAsk(read, read.filters, 1);
    const answer = await freshClient().fetchQuery(seriesQueryOptions(request, 1, [], loaded.engine));
    return { read, request, model: toChartModel(answer.rows, LINE_ORDER) };
  };

  test('City of London’s secondary figures stay gaps with DfE’s reason beside England’s figures', async () => {
    const { request, model } = await drawnFor({
      geo: { kind: 'authority', code: 'E09000001' },
      phase: 'Secondary',
    });
    expect(request?.areaCodes).toEqual(['E92000001', 'E12000007', 'E09000001']);
    expect(model.lines.map((line) => line.key)).toEqual(['E92000001', 'E12000007', 'E09000001']);
    const { explainGap } = drawnFigures(2, '%', 'Academic year');
    const first = model.periods[0];
    if (!first) throw new Error('no periods');
    expect(first.values.E09000001).toBeNull();
    expect(explainGap(first, 'E09000001')).toBe('“-”: no figure published for this period');
    expect(first.values.E92000001).toBeGreaterThan(0);
  });

  test('England and the regions draw England first, then the nine regions', async () => {
    const { model } = await drawnFor({ geo: { kind: 'england-regions' } });
    expect(model.lines.map((line) => line.key)).toEqual(LINE_ORDER);
  });
});
