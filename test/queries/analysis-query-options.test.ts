import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { analysisQueryOptions } from '../../src/queries/analysis-query-options';
import type { AnalysisRequest } from '../../src/data/sql/analysis-query';
import { freshClient, loadDefaultDatasets, type DefaultDatasets } from '../support/default-datasets';
import { dataFile } from '../support/dfe-files';

let loaded: DefaultDatasets;
beforeAll(async () => {
  loaded = await loadDefaultDatasets(['annual_absence']);
});

const SEVERE = 'enrolments_pa_50_exact_percent';
const england = (): AnalysisRequest => ({
  view: loaded.datasets[0]?.view ?? '',
  indicator: SEVERE,
  countColumn: null,
  phase: 'Total',
  levels: ['National'],
  areaCodes: ['E92000001'],
  regionCode: null,
});

describe('analysis query options', () => {
  test('England\u2019s figures for the analysis, as data/annual_absence.csv publishes them', async () => {
    const published = Papa.parse<Record<string, string>>(
      new TextDecoder().decode(dataFile('annual_absence.csv')),
      {
        header: true,
        skipEmptyLines: true,
      },
    )
      .data.filter((row) => row.geographic_level === 'National' && row.education_phase === 'Total')
      .map((row) => (/^\d/.test(row[SEVERE] ?? '') ? Number(row[SEVERE]) : null))
      .filter((value) => value !== null)
      .sort();
    const answer = await freshClient().fetchQuery(analysisQueryOptions(england(), 1, loaded.engine));
    expect(
      answer.rows
        .map((row) => row.value)
        .filter((value) => value !== null)
        .sort(),
    ).toEqual(published);
    expect(new Set(answer.rows.map((row) => row.area_code))).toEqual(new Set(['E92000001']));
    expect(answer.rows.filter((row) => row.value === null).every((row) => row.flag)).toBe(true);
  });

  test('nothing runs without a request; a new load of the dataset is a new key', async () => {
    const none = analysisQueryOptions(null, 1, loaded.engine);
    expect(none.enabled).toBe(false);
    expect(await freshClient().fetchQuery(none)).toEqual({ rows: [], query: null });
    expect(analysisQueryOptions(england(), 1).queryKey).not.toEqual(
      analysisQueryOptions(england(), 2).queryKey,
    );
  });
});
