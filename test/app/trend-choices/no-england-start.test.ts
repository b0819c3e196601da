import { beforeAll, expect, test } from 'vitest';
import { datasetChoices, readChoices, toSeriesRequest } from '../../../src/app/trend-choices/trend-choices';
import type { Dataset } from '../../../src/data/catalogue';
import { loadDataset } from '../../../src/data/load/load-dataset';
import { seriesQuery, type SeriesRow } from '../../../src/data/sql/series-query';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

// Issue 23, point 6: a file without England starts on its level's highest areas, not its alphabetically first.
let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 60_000);

interface Level {
  level: string;
  header: string;
  /** The code and name cells of area `i`; names start with the alphabetically first ("Adur", "Aardvark"). */
  cells: (i: number) => string;
}

const LEVELS: Level[] = [
  {
    level: 'Provider',
    header: 'provider_ukprn,provider_name',
    cells: (i) =>
      `${10000000 + i},${i === 0 ? 'Aardvark College' : `Provider ${String(i).padStart(3, '0')}`}`,
  },
  {
    level: 'Local authority district',
    header: 'lad_code,lad_name',
    cells: (i) =>
      `E07${String(i).padStart(6, '0')},${i === 0 ? 'Adur' : `District ${String(i).padStart(3, '0')}`}`,
  },
];
const AREAS = 60;
const YEARS = ['202122', '202223', '202324'];

/** A value that differs by area and year, with a few suppressed cells in the latest year. */
const valueOf = (area: number, year: number): string =>
  year === 2 && area % 11 === 5 ? 'c' : String(((area * 37 + year * 13) % 97) + 0.5);

function fileOf({ level, header, cells }: Level): string {
  const lines = [`time_period,time_identifier,geographic_level,${header},learners_percent`];
  YEARS.forEach((year, y) => {
    for (let i = 0; i < AREAS; i++) lines.push(`${year},Academic year,${level},${cells(i)},${valueOf(i, y)}`);
  });
  return `${lines.join('\n')}\n`;
}

test.each(LEVELS)('a $level-only file starts on its ten highest areas in the latest year', async (spec) => {
  const id = spec.level === 'Provider' ? 'providers' : 'districts';
  const loaded = await loadDataset(engine, {
    id,
    fileName: `${id}.csv`,
    data: new TextEncoder().encode(fileOf(spec)),
    origin: 'user',
  });
  const dataset = { ...loaded, revision: 1, live: true } as Dataset;
  const choices = readChoices({ ds: id }, [dataset], datasetChoices([dataset], []));
  expect(choices.geography).toBe(`top:${spec.level}`);
  const request = toSeriesRequest(choices);
  if (!request) throw new Error('no request');
  const query = seriesQuery(request);
  const rows = await engine.query<SeriesRow & Record<string, unknown>>(query.sql, query.params);

  // The ten highest 2023/24 values, computed from the generated cells (suppressed ones are not figures).
  const expected = Array.from({ length: AREAS }, (_, i) => ({
    code: spec.cells(i).split(',')[0],
    value: valueOf(i, 2),
  }))
    .filter((area) => area.value !== 'c')
    .sort((a, b) => Number(b.value) - Number(a.value) || (a.code ?? '').localeCompare(b.code ?? ''))
    .slice(0, 10)
    .map((area) => area.code)
    .sort();
  expect([...new Set(rows.map((row) => row.area_code))].sort()).toEqual(expected);
  // Each of those areas over every year, not just the year they were picked in.
  expect(rows).toHaveLength(10 * YEARS.length);
  expect(rows.map((row) => row.area_name)).not.toContain(
    spec.level === 'Provider' ? 'Aardvark College' : 'Adur',
  );
});
