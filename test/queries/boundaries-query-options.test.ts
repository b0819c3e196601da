import { afterEach, describe, expect, test, vi } from 'vitest';
import { boundariesQueryOptions } from '../../src/queries/boundaries-query-options';
import { freshClient } from '../support/default-datasets';
import { serveDataFolder } from '../support/served-data';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the map file', () => {
  test('is fetched once, the first time a map is shown, and kept', async () => {
    const { requests } = serveDataFolder();
    const client = freshClient();
    const first = await client.fetchQuery(boundariesQueryOptions(true));
    const again = await client.fetchQuery(boundariesQueryOptions(true));
    expect(requests).toEqual(['la_boundaries.topo.json']);
    expect(again).toBe(first);
    expect(first.regions).toHaveLength(9);
    expect(first.areas.length).toBeGreaterThan(140);
  });

  test('is not fetched while no map is shown', () => {
    expect(boundariesQueryOptions(false).enabled).toBe(false);
  });
});
