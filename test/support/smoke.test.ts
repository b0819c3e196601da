import { expect, test } from 'vitest';
import { createNodeEngine } from './node-engine';

test('engine runs parameterised SQL', async () => {
  const engine = await createNodeEngine();
  await engine.registerFile('a.csv', new TextEncoder().encode('x,y\n1,c\n2,3\n'));
  const rows = await engine.query(
    "SELECT count(*) AS n, max(TRY_CAST(y AS DOUBLE)) AS m FROM read_csv('a.csv', all_varchar=true) WHERE x <> ?",
    ['9'],
  );
  expect(rows).toEqual([{ n: 2, m: 3 }]);
});
