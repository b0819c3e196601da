import { describe, expect, test } from 'vitest';
import { readLaChoices, toRankingRequest } from '../../../src/app/local-authorities/la-choices';
import { LA_KEYS as KEYS } from '../../../src/app/url/local-authorities-url';
import { AHEAD_LIMIT, rankingsAhead } from '../../../src/app/local-authorities/rankings-ahead';
import type { Dataset } from '../../../src/data/catalogue';

const indicator = (column: string) => ({ column, label: column, unit: '%', decimals: 2 });
const dataset = (indicators: string[], years: number): Dataset =>
  ({
    id: 'rates',
    view: 'ds_rates',
    levels: ['National', 'Regional', 'Local authority'],
    phases: ['Total'],
    periods: Array.from({ length: years }, (_, i) => ({
      label: `${2015 + i}/${String(16 + i).padStart(2, '0')}`,
      grain: 'Academic year',
      start: `${2015 + i}-09-01`,
      end: `${2016 + i}-08-31`,
    })),
    filters: [],
    grains: ['Academic year'],
    indicators: indicators.map(indicator),
    areas: [],
  }) as unknown as Dataset;

const requestOf = (ds: Dataset, params: Record<string, string> = {}) => {
  const request = toRankingRequest(readLaChoices({ [KEYS.dataset]: ds.id, ...params }, [ds]));
  if (!request) throw new Error('no request');
  return request;
};

describe('the rankings fetched ahead are the ones the controls would ask for next', () => {
  const ds = dataset(['a', 'b', 'c'], 4);
  const request = requestOf(ds, { [KEYS.indicator]: 'a', [KEYS.latest]: '2017/18' });
  const ahead = rankingsAhead(request, ds);

  test('nearest first: the other periods latest first, the other indicators, then the rest of the grid', () => {
    expect(ahead.map((r) => `${r.indicator} ${r.latestPeriod}`)).toEqual([
      'a 2018/19',
      'a 2016/17',
      'a 2015/16',
      'b 2017/18',
      'c 2017/18',
      'b 2018/19',
      'b 2016/17',
      'b 2015/16',
      'c 2018/19',
      'c 2016/17',
      'c 2015/16',
    ]);
  });

  test('each equals the request made after choosing that period or indicator (so the cache keys match)', () => {
    for (const r of ahead) {
      const params = { [KEYS.indicator]: r.indicator, [KEYS.latest]: r.latestPeriod ?? '' };
      expect(r).toEqual(requestOf(ds, params));
    }
  });

  test('the current ranking is never among them, and none is asked for twice', () => {
    const keys = ahead.map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain(JSON.stringify(request));
  });
});

test('a file with many indicators has only the nearest fetched ahead', () => {
  const ds = dataset(
    Array.from({ length: 60 }, (_, i) => `i${i}`),
    10,
  );
  const ahead = rankingsAhead(requestOf(ds, { [KEYS.indicator]: 'i0' }), ds);
  expect(ahead).toHaveLength(AHEAD_LIMIT);
  expect(ahead.slice(0, 10).every((r) => r.indicator === 'i0')).toBe(true);
});
