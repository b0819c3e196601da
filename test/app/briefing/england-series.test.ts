import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { englandRequest, EXPLORE, headlinePoints } from '../../../src/app/briefing/england-series';
import { trendsUrl } from '../../../src/app/url/trends-url';
import { applyChange } from '../../../src/app/url-state';
import { datasetChoices, readChoices, toSeriesRequest } from '../../../src/app/trend-choices/trend-choices';
import type { Dataset } from '../../../src/data/catalogue';
import { seriesQueryOptions } from '../../../src/queries/series-query-options';
import type { SeriesRequest } from '../../../src/data/sql/series-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../../support/default-datasets';
import { dataFile } from '../../support/dfe-files';

let loaded: DefaultDatasets;
let annual: Dataset;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
  annual = loaded.datasets[0] as Dataset;
});

const SEVERE = 'enrolments_pa_50_exact_percent';
const rowsOf = async (request: SeriesRequest | null) =>
  (await freshClient().fetchQuery(seriesQueryOptions(request, 1, [], loaded.engine))).rows;

describe("the briefing's England series", () => {
  test('one point per year in order, the figures DfE publishes for England, all schools', async () => {
    const label = (year: string) => `${year.slice(0, 4)}/${year.slice(4)}`;
    const published = Papa.parse<Record<string, string>>(
      new TextDecoder().decode(dataFile('annual_absence.csv')),
      { header: true, skipEmptyLines: true },
    )
      .data.filter((row) => row.geographic_level === 'National' && row.education_phase === 'Total')
      .map((row) => [
        label(row.time_period ?? ''),
        /^\d/.test(row[SEVERE] ?? '') ? Number(row[SEVERE]) : null,
      ])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    const points = headlinePoints(await rowsOf(englandRequest(annual, SEVERE)));
    expect(points.map((p) => [p.period, p.value])).toEqual(published);
    expect(points[0]).toMatchObject({ period: '2015/16', start: '2015-09-01' });
  });

  test('the trends view it links to draws the same figures', async () => {
    const trends = toSeriesRequest(
      readChoices(applyChange({}, trendsUrl.write(EXPLORE)), [annual], datasetChoices([annual], [])),
    );
    const there = (await rowsOf(trends)).filter((row) => row.area_code === 'E92000001');
    const here = await rowsOf(englandRequest(annual, SEVERE));
    expect(there.map((row) => [row.period, row.value])).toEqual(here.map((row) => [row.period, row.value]));
  });

  test('no request for an indicator the file lacks, or before the file is loaded', () => {
    expect(englandRequest(annual, 'nope')).toBeNull();
    expect(englandRequest(undefined, SEVERE)).toBeNull();
  });

  test('other filter columns are pinned to their total, or their first value without one', () => {
    const withFilters: Dataset = {
      ...annual,
      filters: [
        { column: 'sex', label: 'Sex', values: ['Boys', 'Girls', 'Total'], truncated: false },
        { column: 'school_type', label: 'School type', values: ['State-funded'], truncated: false },
      ],
    };
    expect(englandRequest(withFilters, SEVERE)?.filters).toEqual({
      sex: 'Total',
      school_type: 'State-funded',
    });
  });
});
