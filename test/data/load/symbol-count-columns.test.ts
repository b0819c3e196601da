import { beforeAll, expect, test } from 'vitest';
import { loadDataset } from '../../../src/data/load/load-dataset';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 60_000);

const REGIONS = ['E12000001', 'E12000002', 'E12000003', 'E12000004', 'E12000005'];
const AGES = ['Total', 'Under 5', '5 to 10', '11 to 15', '16 to 19', '20 to 25'];

/**
 * A SEN2-shaped file (calendar years; national, regional and local authority rows; an age band filter) whose
 * `discontinued_age` and `ceased_nc_year` columns are counts: small whole numbers, most cells `z` or `c`, as the
 * EES standard writes them. Their names end like coded filters (`_age`, `nc_year`), which must not decide.
 */
function sen2ShapedFile(): string {
  const lines = [
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,age,discontinued_age,ceased_nc_year,ehc_plans',
  ];
  let cell = 0;
  const count = (): string => {
    cell += 1;
    if (cell % 3 !== 0) return 'z';
    return cell % 7 === 0 ? 'c' : String(cell % 9);
  };
  for (const year of ['2021', '2022', '2023', '2024'])
    for (const age of AGES) {
      lines.push(
        `${year},Calendar year,National,E92000001,England,,,,,${age},${count()},${count()},${5000 + cell}`,
      );
      REGIONS.forEach((region, r) => {
        lines.push(
          `${year},Calendar year,Regional,E92000001,England,${region},Region ${r},,,${age},${count()},${count()},${900 + cell}`,
        );
        for (let la = 0; la < 12; la++)
          lines.push(
            `${year},Calendar year,Local authority,E92000001,England,${region},Region ${r},E0600${r}${String(la).padStart(3, '0')},Authority ${r}-${la},${age},${count()},${count()},${cell % 40}`,
          );
      });
    }
  return `${lines.join('\n')}\n`;
}

test('counts of small numbers and suppression symbols are indicators, whatever their names end in', async () => {
  const text = sen2ShapedFile();
  // The shape the issue describes: well over a thousand `z` cells among small integers.
  expect(text.match(/,z(?=,)/g)?.length).toBeGreaterThan(1294);
  const dataset = await loadDataset(engine, {
    id: 'sen2shaped',
    fileName: 'sen2_shaped.csv',
    data: new TextEncoder().encode(text),
    origin: 'user',
  });
  expect(dataset.indicators.map((i) => i.column)).toEqual([
    'discontinued_age',
    'ceased_nc_year',
    'ehc_plans',
  ]);
  expect(dataset.filters.map((f) => f.column)).toEqual(['age']);
  expect(dataset.indicators.find((i) => i.column === 'discontinued_age')?.decimals).toBe(0);
  // Read as numbers, the symbols as gaps: a chart has figures to draw.
  const [read] = await engine.query<{ figures: number; gaps: number; largest: number }>(
    `SELECT count(discontinued_age)::INTEGER AS figures,
       count(*) FILTER (WHERE discontinued_age IS NULL)::INTEGER AS gaps, max(discontinued_age) AS largest
     FROM ds_sen2shaped`,
  );
  expect(read).toMatchObject({ largest: 6 });
  expect(read?.figures).toBeGreaterThan(100);
  expect(read?.gaps).toBeGreaterThan(read?.figures ?? 0);
});
