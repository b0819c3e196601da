import { beforeAll, describe, expect, test } from 'vitest';
import {
  areaChoices,
  datasetChoices,
  DEFAULT_DATASET,
  phaseLabel,
  readChoices,
  toRequest,
} from '../../../src/app/characteristics/characteristics-choices';
import type { Dataset } from '../../../src/data/catalogue';
import { manifest } from '../../../src/data/default-data';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { characteristicsQuery, type CharacteristicsRow } from '../../../src/data/sql/characteristics-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { dataFile } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

/**
 * The characteristics view's choices, read from the URL against the real default file (data/, DfE's band file):
 * it has no Total phase and no Total rows, gives London as Inner and Outer London, and has no 2019/20.
 */
let engine: SqlEngine;
let dataset: Dataset;
beforeAll(async () => {
  engine = await createNodeEngine();
  const meta = parseMetaCsv(
    new TextDecoder().decode(dataFile('severe_absence_characteristics.meta.csv')),
  ).columns;
  const loaded = await loadDataset(engine, {
    id: DEFAULT_DATASET,
    fileName: 'severe_absence_characteristics.csv',
    data: dataFile('severe_absence_characteristics.csv'),
    origin: 'default',
    meta,
    grain: 'Academic year',
  });
  dataset = { ...loaded, revision: 1, live: true };
});

async function run(params: Record<string, string>): Promise<CharacteristicsRow[]> {
  const request = toRequest(readChoices(params, [dataset]));
  if (!request) throw new Error(`no request for ${JSON.stringify(params)}`);
  const { sql, params: values } = characteristicsQuery(request);
  return engine.query<CharacteristicsRow & Record<string, unknown>>(sql, values);
}

describe('datasets on offer', () => {
  test('before the default file is loaded, it is offered as not loaded yet', () => {
    expect(datasetChoices([], manifest.datasets)).toEqual([
      expect.objectContaining({ id: DEFAULT_DATASET, origin: 'default', loaded: false }),
    ]);
  });

  test('once loaded, it is offered once, as loaded', () => {
    expect(datasetChoices([dataset], manifest.datasets)).toEqual([
      expect.objectContaining({ id: DEFAULT_DATASET, loaded: true }),
    ]);
  });

  test('a file without absence bands or without a characteristic is not offered', () => {
    const noBands = { ...dataset, id: 'x', indicators: dataset.indicators.slice(0, 1) };
    const noCharacteristic = { ...dataset, id: 'y', filters: [] };
    expect(datasetChoices([noBands, noCharacteristic, dataset], []).map((d) => d.id)).toEqual([
      DEFAULT_DATASET,
    ]);
  });
});

describe('choices read from the URL', () => {
  test('defaults: free school meals, England, all phases, every year', () => {
    const choices = readChoices({}, [dataset]);
    expect(choices.characteristic.id).toBe('fsm');
    expect(choices.column).toBe('fsm_eligible');
    expect(choices.area).toMatchObject({ value: 'E92000001', level: 'National' });
    expect(phaseLabel(choices)).toBe('all phases');
    expect(choices.period).toBe('');
    expect(choices.available.map((c) => c.id)).toEqual(['fsm', 'sen', 'sex', 'year']);
  });

  test('values that are not on offer fall back instead of reaching SQL', () => {
    const choices = readChoices(
      { 'ch.by': 'ethnicity', 'ch.area': 'E99', 'ch.phase': "Primary' OR 1=1", 'ch.year': '1900/01' },
      [dataset],
    );
    expect(toRequest(choices)).toMatchObject({
      characteristic: 'fsm_eligible',
      level: 'National',
      areaCodes: ['E92000001'],
      phases: ['Primary', 'Secondary', 'Special'],
      period: null,
    });
  });

  test('a chosen phase, characteristic and year reach the request', () => {
    const choices = readChoices({ 'ch.by': 'year', 'ch.phase': 'Secondary', 'ch.year': '2022/23' }, [
      dataset,
    ]);
    expect(phaseLabel(choices)).toBe('secondary');
    expect(toRequest(choices)).toMatchObject({
      characteristic: 'nc_year',
      phases: ['Secondary'],
      period: '2022/23',
    });
  });

  test('no request while the dataset is not loaded', () => {
    expect(toRequest(readChoices({}, []))).toBeNull();
  });
});

describe('areas', () => {
  test('London, which the file gives as Inner and Outer London, is one choice reading both', () => {
    const areas = areaChoices(dataset);
    // England, the nine regions, then the parts the file gives that are not regions themselves.
    expect(areas.map((a) => a.value).slice(-2)).toEqual(['E13000001', 'E13000002']);
    expect(areas).toHaveLength(12);
    expect(areas.find((a) => a.value === 'E12000007')).toEqual({
      value: 'E12000007',
      label: 'London (Inner and Outer London)',
      level: 'Regional',
      codes: ['E13000001', 'E13000002'],
    });
  });

  test('London summed from its parts counts every pupil of both', async () => {
    const byCode = async (area: string) =>
      (await run({ 'ch.area': area, 'ch.year': '2022/23' })).find((row) => row.is_total);
    const [london, inner, outer] = await Promise.all(['E12000007', 'E13000001', 'E13000002'].map(byCode));
    expect(london?.enrolments).toBeGreaterThan(0);
    expect(london?.enrolments).toBe((inner?.enrolments ?? NaN) + (outer?.enrolments ?? NaN));
    expect(london?.severe_absentees).toBe(
      (inner?.severe_absentees ?? NaN) + (outer?.severe_absentees ?? NaN),
    );
  });
});

describe('requests run on the real engine', () => {
  test('without a Total phase, all phases is every phase summed', async () => {
    const total = (rows: CharacteristicsRow[]) => rows.find((row) => row.is_total)?.enrolments ?? NaN;
    const all = total(await run({ 'ch.year': '2022/23' }));
    const phases = await Promise.all(
      ['Primary', 'Secondary', 'Special'].map(async (phase) =>
        total(await run({ 'ch.year': '2022/23', 'ch.phase': phase })),
      ),
    );
    expect(all).toBe(phases.reduce((sum, n) => sum + n, 0));
  });

  test('each characteristic splits the same pupils into its groups', async () => {
    for (const by of ['fsm', 'sen', 'sex', 'year']) {
      const rows = await run({ 'ch.by': by, 'ch.year': '2022/23' });
      const total = rows.find((row) => row.is_total)?.enrolments;
      const groups = rows.filter((row) => !row.is_total);
      expect(groups.length, by).toBeGreaterThan(1);
      expect(
        groups.reduce((sum, row) => sum + (row.enrolments ?? 0), 0),
        by,
      ).toBe(total);
    }
  });
});
