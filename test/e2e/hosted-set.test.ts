import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { createNativeEngine } from '../../scripts/native-engine';
import { writeScaleSet } from '../../scripts/scale-set/write-set';
import type { HostedManifest } from '../../src/data/hosted/hosted-manifest';
import { openPage, type OpenPage } from './support/browser';
import { redrawnAfter } from './support/chart-drawn';
import { showUrl } from './support/show-url';

// Issue #24 point 5: a set too large to load whole, hosted beside the app (the preview server serves hosted/), is
// attached by a link and charted for one school, one authority and England, each query reading only part of it.

const baseUrl = inject('baseUrl');
const NAME = 'e2escale';
const DIR = path.resolve(import.meta.dirname, `../../hosted/${NAME}`);
let manifest: HostedManifest;
let open: OpenPage;
/** Body bytes of the set's partition files fetched so far (the page's DuckDB worker asks by Range requests). */
let fetched = 0;
/** Requests for the set's partition files so far, HEADs included: the worker makes them one at a time. */
let requests = 0;

beforeAll(async () => {
  const engine = await createNativeEngine();
  try {
    // About 300,000 rows: three years of 2,000 schools, with their authorities, regions and England.
    manifest = await writeScaleSet(engine, {
      id: NAME,
      title: 'Hosted test set',
      shape: { schools: 2000, years: [2021, 2022, 2023] },
      outDir: DIR,
    });
  } finally {
    engine.close();
  }
  open = await openPage(baseUrl);
  open.context.on('requestfinished', (request) => {
    if (!request.url().includes(`/hosted/${NAME}/`) || !request.url().endsWith('.duckdb')) return;
    requests += 1;
    void request.sizes().then((sizes) => (fetched += sizes.responseBodySize));
  });
});

afterAll(async () => {
  await open?.close();
  rmSync(DIR, { recursive: true, force: true });
});

const setBytes = () => manifest.partitions.reduce((sum, p) => sum + p.bytes, 0);
const base = `?hosted=${NAME}&ds=${NAME}&ind=sess_overall_percent`;
const school = (i: number) => manifest.dataset.areas.filter((a) => a.level === 'School')[i];
/** Waits for the chart of the hosted set, drawn with its lines. */
async function chartedAreas(): Promise<void> {
  const page = open.page;
  await page.waitForFunction(
    (id) => {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent === 'Dataset');
      const select = label ? (document.getElementById(label.htmlFor) as HTMLSelectElement | null) : null;
      const chart = document.querySelector('[data-chart][data-state="ready"]');
      return select?.value === id && (chart?.querySelectorAll('.series-line').length ?? 0) > 0;
    },
    NAME,
    { timeout: 180_000 },
  );
}
/** Waits until the fetches a change started have finished (requests settle, then the count stops moving). */
async function bytesOf(change: () => Promise<unknown>): Promise<number> {
  const before = fetched;
  await change();
  let last = -1;
  while (last !== fetched) {
    last = fetched;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return fetched - before;
}

test('a link attaches the hosted set and charts one school beside its authority, region and England', async () => {
  const first = school(0);
  await open.page.goto(`${baseUrl}${base}&geo=area:School:${first?.code}`);
  await chartedAreas();
  await expect.poll(() => open.page.locator('figure[data-chart] .series-line').count()).toBe(4);
  const area = await open.page.getByRole('combobox', { name: 'Area', exact: true }).inputValue();
  expect(area).toContain(first?.code);
  expect(open.foreignRequests).toEqual([]);
  expect(open.consoleErrors).toEqual([]);
  // Attaching reads each partition's header and catalogue, never the whole set.
  expect(fetched).toBeGreaterThan(0);
  expect(fetched).toBeLessThan(setBytes() / 2);
  // Each request waits for the one before, so their count sets the time. One file a level (four) stays under the
  // bound; one a year and level (`layout: 'year-level'`, twelve files here) made 137.
  expect(requests).toBeLessThan(120);
});

test.each([
  ['another school', () => `${base}&geo=area:School:${school(1500)?.code}`],
  [
    'one authority',
    () => `${base}&geo=drill:${manifest.dataset.areas.find((a) => a.level === 'Local authority')?.code}`,
  ],
  ['England and the regions, another group', () => `${base}&geo=england-regions&f.pupil_group=Girls`],
])('%s is charted from a tenth of the set’s bytes at most', async (_name, search) => {
  const bytes = await bytesOf(async () => {
    // The new areas' chart, not the one drawn before (each case charts other areas of the same set).
    await redrawnAfter(open.page, () => showUrl(open.page, search()));
    await chartedAreas();
    await expect.poll(() => open.page.locator('[data-state="loading"]').count()).toBe(0);
  });
  expect(bytes).toBeLessThan(setBytes() / 10);
  expect(open.consoleErrors).toEqual([]);
});
