import { QueryClient } from '@tanstack/react-query';
import { expect, test } from 'vitest';
import { rowsQueryOptions } from '../../src/queries/rows-query-options';

interface Request {
  area: string;
}

const built = (request: Request) => ({ sql: 'SELECT ? AS area', params: [request.area] });
const options = rowsQueryOptions<Request, { area: string }>('areas', built);
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

test('the key names the query, the request and the load of the dataset it reads', () => {
  const engine = { query: async () => [] };
  expect(options({ area: 'E09000001' }, 3, engine).queryKey).toEqual(['areas', { area: 'E09000001' }, 3]);
});

test('runs the built query with its values, and gives the rows with the query that made them', async () => {
  const asked: unknown[] = [];
  const engine = {
    query: async <T>(sql: string, params?: readonly unknown[]) => {
      asked.push({ sql, params });
      return [{ area: params?.[0] }] as T[];
    },
  };
  const answer = await client().fetchQuery(options({ area: 'E09000001' }, 1, engine));
  expect(answer).toEqual({ rows: [{ area: 'E09000001' }], query: built({ area: 'E09000001' }) });
  expect(asked).toEqual([{ sql: 'SELECT ? AS area', params: ['E09000001'] }]);
});

test('asks nothing until the view has a request', async () => {
  const engine = {
    query: async () => {
      throw new Error('no query without a request');
    },
  };
  const none = options(null, 1, engine);
  expect(none.enabled).toBe(false);
  expect(await client().fetchQuery(none)).toEqual({ rows: [], query: null });
});
