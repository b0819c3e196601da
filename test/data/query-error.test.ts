import { expect, test } from 'vitest';
import { engineMessage, QueryError } from '../../src/data/query-error';
import { createNodeEngine } from '../support/node-engine';

test.each([
  {
    engine:
      'Binder Error: Max expression depth limit of 1000 exceeded. Use "SET max_expression_depth TO x" to increase the maximum expression depth.',
    user: 'The query nests too deeply for DuckDB (too many nested expressions or UNIONs). Split it into smaller queries, or ask for fewer columns at once.',
  },
  {
    engine:
      "Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)\n\nPossible solutions:\n* Increasing the memory limit (SET memory_limit='...GB')",
    user: 'DuckDB ran out of memory in this browser tab. Ask for fewer rows or columns (a WHERE clause or a LIMIT), or remove datasets you no longer need.',
  },
  {
    engine: 'RuntimeError: memory access out of bounds',
    user: 'DuckDB stopped with an internal fault (the query or file was too big for the engine in this tab).',
  },
  {
    engine: 'Catalog Error: Table with name nope does not exist! Did you mean "observations"?',
    user: 'Catalog Error: Table with name nope does not exist! Did you mean "observations"?',
  },
  {
    engine:
      'Invalid Input Error: Cannot change configuration option while locked. Use RESET lock_configuration first.',
    user: 'Invalid Input Error: Cannot change configuration option while locked.',
  },
  {
    engine:
      'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: SET x out of memory\nwrong number of columns',
    user: 'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: SET x out of memory\nwrong number of columns',
  },
])('$engine', ({ engine, user }) => {
  expect(engineMessage(new Error(engine))).toBe(user);
});

test('the real engine’s expression-depth error reaches the user without its SET advice', async () => {
  const engine = await createNodeEngine();
  const deep = `SELECT ${Array.from({ length: 1_200 }, () => '1').join(' + ')} AS n`;
  const failure = await engine.query(deep).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(QueryError);
  expect((failure as QueryError).message).toMatch(/^The query nests too deeply for DuckDB/);
  expect(engineMessage((failure as QueryError).cause)).not.toMatch(/SET/);
  expect(String((failure as QueryError).cause)).toMatch(/max_expression_depth/);
});
