import { beforeAll, describe, expect, test } from 'vitest';
import { observationsViewSql, type ObservationSource } from '../../../src/data/sql/observations-view';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { createNodeEngine } from '../../support/node-engine';
import { OBSERVATIONS_COLUMNS, TIDY_PLACE_COLUMNS } from './observations-columns';

// observationsViewSql on hand-made tidy views (observations-view.test.ts checks it over the default datasets).
let engine: SqlEngine;

/** A tidy view as the loader makes one: the fixed columns, the filters, and each indicator beside its flag. */
async function tidyView(
  view: string,
  filters: string[],
  indicators: string[],
  rows: string[],
): Promise<void> {
  const columns = [
    ...TIDY_PLACE_COLUMNS,
    ...filters,
    ...indicators.flatMap((name) => [name, `${name}__flag`]),
  ];
  const typed = columns.map((c) => {
    const type = indicators.includes(c) ? 'DOUBLE' : 'VARCHAR';
    return `"${c}"::${type} AS "${c}"`;
  });
  await engine.query(
    `CREATE OR REPLACE TABLE "${view}" AS SELECT ${typed.join(', ')}
     FROM (VALUES ${rows.join(', ')}) v(${columns.map((c) => `"${c}"`).join(', ')})`,
  );
}

const FIXED = `'2023/24', 'year', '2023-09-01', '2024-08-31', 'National', 'E92000001', 'England', NULL, 'Total'`;

beforeAll(async () => {
  engine = await createNodeEngine();
  await tidyView(
    'tidy_a',
    ['sex', "o'dd"],
    ['rate', 'count'],
    [`(${FIXED}, 'Boys', 'x', 5.5, NULL, 120.0, NULL)`, `(${FIXED}, 'Girls', 'y', NULL, 'c', 80.0, NULL)`],
  );
  await tidyView('tidy_b', [], ['rate'], [`(${FIXED}, 6.25, NULL)`]);
});

const a: ObservationSource = {
  id: 'a',
  view: 'tidy_a',
  filterColumns: ['sex', "o'dd"],
  indicatorColumns: ['rate', 'count'],
};
const b: ObservationSource = { id: "b'1", view: 'tidy_b', filterColumns: [], indicatorColumns: ['rate'] };

async function observations() {
  return engine.query(
    'SELECT dataset, breakdown, indicator, value, flag FROM observations ORDER BY dataset, breakdown, indicator',
  );
}

describe('the long form of every dataset', () => {
  test('one row per figure, its breakdown named, its suppression symbol beside it', async () => {
    await engine.query(observationsViewSql([a, b]));
    expect(await observations()).toEqual([
      { dataset: 'a', breakdown: "sex=Boys; o'dd=x", indicator: 'count', value: 120, flag: null },
      { dataset: 'a', breakdown: "sex=Boys; o'dd=x", indicator: 'rate', value: 5.5, flag: null },
      { dataset: 'a', breakdown: "sex=Girls; o'dd=y", indicator: 'count', value: 80, flag: null },
      { dataset: 'a', breakdown: "sex=Girls; o'dd=y", indicator: 'rate', value: null, flag: 'c' },
      { dataset: "b'1", breakdown: '', indicator: 'rate', value: 6.25, flag: null },
    ]);
  });

  test('a dataset without indicators is left out; none at all gives an empty view with its columns', async () => {
    await engine.query(observationsViewSql([{ ...a, indicatorColumns: [] }, b]));
    expect((await observations()).map((row) => row.dataset)).toEqual(["b'1"]);
    for (const none of [[], [{ ...a, indicatorColumns: [] }]]) {
      await engine.query(observationsViewSql(none));
      expect(await observations()).toEqual([]);
      const [value] = await engine.query<{ t: string }>(
        "SELECT column_type AS t FROM (DESCRIBE SELECT * FROM observations) WHERE column_name = 'value'",
      );
      expect(value?.t).toBe('DOUBLE');
    }
    const [described] = await engine.query<{ names: string }>(
      "SELECT string_agg(column_name, ',') AS names FROM (DESCRIBE SELECT * FROM observations)",
    );
    expect(described?.names.split(',')).toEqual(OBSERVATIONS_COLUMNS);
  });

  test('two hundred datasets join as a balanced tree the engine can run', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...b, id: `d${i}` }));
    const sql = observationsViewSql(many);
    // Nested about eight deep, not two hundred.
    expect(sql.match(/SELECT \* FROM \(/g)).toHaveLength(199);
    expect(
      Math.max(
        ...sql.split('').reduce<number[]>((depths, char) => {
          const last = depths.at(-1) ?? 0;
          depths.push(char === '(' ? last + 1 : char === ')' ? last - 1 : last);
          return depths;
        }, []),
      ),
    ).toBeLessThan(20);
    await engine.query(sql);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM observations')).toEqual([{ n: 200 }]);
  });
});
