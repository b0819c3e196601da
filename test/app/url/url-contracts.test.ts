import { describe, expect, test } from 'vitest';
import { EXPLORE } from '../../../src/app/briefing/england-series';
import type { LaChoices } from '../../../src/app/local-authorities/la-choices';
import { drillParams } from '../../../src/app/local-authorities/la-drill';
import {
  applyChange,
  fittedAddressWith,
  MAX_URL_CHARS,
  parseParams,
  serialiseParams,
} from '../../../src/app/url-state';
import { appUrl, openedView, viewHref, viewLink } from '../../../src/app/url/app-url';
import { briefingUrl, type BriefingUrl } from '../../../src/app/url/briefing-url';
import { characteristicsUrl, type CharacteristicsUrl } from '../../../src/app/url/characteristics-url';
import { consoleUrl, queryChange, type ConsoleUrl } from '../../../src/app/url/console-url';
import type { GeoCode } from '../../../src/app/url/geo-code';
import {
  localAuthoritiesUrl,
  regionRankingLink,
  type LocalAuthoritiesUrl,
} from '../../../src/app/url/local-authorities-url';
import { neighboursLink, neighboursOf } from '../../../src/app/url/neighbours-url';
import { timelineUrl, type TimelineUrl } from '../../../src/app/url/timeline-url';
import { trendsHref, trendsLink, trendsUrl, type TrendsUrl } from '../../../src/app/url/trends-url';
import type { UrlChange, UrlContract } from '../../../src/app/url/url-fields';
import type { RankingRow } from '../../../src/data/sql/ranking-query';
import { pick, seededRandom } from '../../support/seeded-random';
import { anyGeoCode } from './any-geo-code';

// Issue #25 step 1: every view's URL contract gives back what it wrote, through the address as a link carries it.

// Pieces of texts as files and people give them: codes, names, and every character an address treats specially.
const PIECES = [
  'E08000012',
  'Total',
  'Local authority',
  ' ',
  '&',
  '=',
  '+',
  '%20',
  '#',
  '?',
  ':',
  ',',
  '.',
  'é',
  '😀',
];

type Next = () => number;
/** A non-empty text (an empty parameter is no parameter); `without` characters a field uses as separators. */
const word = (next: Next, without = ''): string => {
  let out = '';
  while (out === '') {
    const length = 1 + Math.floor(next() * 4);
    for (let i = 0; i < length; i++) out += pick(next, PIECES);
    for (const c of without) out = out.replaceAll(c, '');
  }
  return out;
};
const maybe = <T>(next: Next, make: () => T): T | undefined => (next() < 0.5 ? make() : undefined);
const words = (next: Next, without = ''): Record<string, string> =>
  Object.fromEntries(Array.from({ length: Math.floor(next() * 3) }, () => [word(next), word(next, without)]));

const geoCode = (next: Next): GeoCode =>
  anyGeoCode(
    next,
    () => word(next),
    () => word(next, ':'),
  );

const trends = (next: Next): TrendsUrl => ({
  dataset: maybe(next, () => word(next)),
  indicator: maybe(next, () => word(next)),
  concept: maybe(next, () => word(next)),
  grain: maybe(next, () => word(next)),
  phase: maybe(next, () => word(next)),
  geo: maybe(next, () => geoCode(next)),
  term: maybe(next, () => word(next)),
  from: maybe(next, () => word(next)),
  to: maybe(next, () => word(next)),
  multiples: next() < 0.5,
  fitAxis: next() < 0.5,
  events: pick(next, ['shown', 'hidden', undefined] as const),
  filters: words(next),
});

const localAuthorities = (next: Next): LocalAuthoritiesUrl => ({
  dataset: maybe(next, () => word(next)),
  indicator: maybe(next, () => word(next)),
  phase: maybe(next, () => word(next)),
  region: maybe(next, () => word(next)),
  latest: maybe(next, () => word(next)),
  baseline: maybe(next, () => word(next)),
  sort: maybe(next, () => word(next)),
  dir: maybe(next, () => word(next)),
  map: next() < 0.5,
  equalClasses: next() < 0.5,
  regions: next() < 0.5,
  filters: words(next),
});

const characteristics = (next: Next): CharacteristicsUrl => ({
  dataset: maybe(next, () => word(next)),
  by: maybe(next, () => word(next)),
  area: maybe(next, () => word(next)),
  phase: maybe(next, () => word(next)),
  year: maybe(next, () => word(next)),
});

const briefing = (next: Next): BriefingUrl => ({
  event: maybe(next, () => word(next)),
  measure: maybe(next, () => word(next)),
  area: maybe(next, () => word(next)),
  comparators: maybe(next, () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => word(next, ','))),
});

const timeline = (next: Next): TimelineUrl => ({
  type: maybe(next, () => word(next)),
  organisation: maybe(next, () => word(next)),
  area: maybe(next, () => word(next)),
  confidence: maybe(next, () => word(next)),
  origin: maybe(next, () => word(next)),
});

const consoleQuery = (next: Next): ConsoleUrl => {
  const form = pick(next, ['text', 'packed', 'tab', undefined] as const);
  return { text: undefined, packed: undefined, tab: undefined, ...(form ? { [form]: word(next) } : {}) };
};

/** The params a copied link opens with: the change written out as an address and read back. */
const opened = (change: UrlChange) => parseParams(serialiseParams(applyChange({}, change)));

const CASES: [string, UrlContract<object>, (next: Next) => object][] = [
  ['trends', trendsUrl, trends],
  ['local authorities', localAuthoritiesUrl, localAuthorities],
  ['characteristics', characteristicsUrl, characteristics],
  ['briefing', briefingUrl, briefing],
  ['timeline', timelineUrl, timeline],
  ['console', consoleUrl, consoleQuery],
];

describe('parse(write(state)) gives the state back', () => {
  test.each(CASES)('%s, for 2,000 generated states', (_name, contract, generate) => {
    const next = seededRandom(25);
    for (let i = 0; i < 2000; i++) {
      const state = generate(next);
      expect(contract.parse(opened(contract.write(state)))).toEqual(state);
    }
  });

  test.each(CASES)(
    '%s: states written beside each other views’ keep their own',
    (_name, contract, generate) => {
      const next = seededRandom(7);
      for (let i = 0; i < 200; i++) {
        const state = generate(next);
        const others = CASES.filter(([, c]) => c !== contract).map(([, c, g]) => c.write(g(next)));
        const change = Object.assign({}, ...others, contract.write(state)) as UrlChange;
        expect(contract.parse(opened(change))).toEqual(state);
      }
    },
  );

  test('a state too long for a link is kept in the tab and read back whole, the address within the limit', () => {
    const next = seededRandom(3);
    const page = { origin: 'https://example.org', pathname: '/lens/', search: '', hash: '' };
    for (let i = 0; i < 50; i++) {
      const state = { ...trends(next), filters: { long: 'x'.repeat(500 + i * 40), other: 'é'.repeat(300) } };
      const address = fittedAddressWith(trendsUrl.write(state), page);
      expect(address.length).toBeLessThanOrEqual(MAX_URL_CHARS);
      expect(trendsUrl.parse(parseParams(new URL(address).search))).toEqual(state);
    }
  });

  test('a write names only the fields given, and undefined clears one', () => {
    const before = opened(trendsUrl.write({ dataset: 'a', phase: 'Total', multiples: true }));
    const after = trendsUrl.parse(
      applyChange(before, trendsUrl.write({ phase: undefined, multiples: false })),
    );
    expect(after).toEqual({ ...trendsUrl.parse({}), dataset: 'a' });
  });
});

describe('every link the app writes parses into the view it names', () => {
  const next = seededRandom(11);
  const row = (code: string) => ({ la_code: code }) as RankingRow;
  const laChoices = (level: LaChoices['level'], filters: Record<string, string>): LaChoices => ({
    datasetId: word(next),
    dataset: undefined,
    waitingFor: null,
    indicator: { column: word(next), label: 'x', unit: '%', decimals: 1 },
    level,
    phase: word(next),
    regionCode: '',
    latest: '',
    baseline: '',
    filters,
    sort: { key: 'rank', dir: 'asc' },
    grain: '',
  });

  test('the navigation’s links and changes', () => {
    for (const id of ['trends', 'local-authorities', 'characteristics', 'timeline', 'briefing', 'sql']) {
      expect(openedView(appUrl.parse(parseParams(viewHref(id))))).toBe(id);
      expect(openedView(appUrl.parse(opened({ view: 'sql', ...viewLink(id) })))).toBe(id);
    }
  });

  test('the ranking’s drill-in opens an authority’s trend with the ranking’s choices, blank filters too', () => {
    for (let i = 0; i < 500; i++) {
      const code = word(next);
      const filters = { ...words(next), blank: '' };
      const choices = laChoices('Local authority', filters);
      const change = drillParams(row(code), choices);
      if (!change) throw new Error('no drill-in');
      const url = trendsUrl.parse(opened({ view: 'local-authorities', multiples: '1', ...change }));
      expect(openedView(appUrl.parse(opened(change)))).toBe('trends');
      expect(url).toMatchObject({
        geo: { kind: 'authority', code },
        dataset: choices.datasetId,
        indicator: choices.indicator?.column,
        phase: choices.phase,
        multiples: false,
        filters: { ...filters, blank: '(blank)' },
      });
    }
  });

  test('a region in the ranking opens its own authorities', () => {
    const code = word(next);
    const change = regionRankingLink(code);
    expect(openedView(appUrl.parse(opened(change)))).toBe('local-authorities');
    expect(localAuthoritiesUrl.parse(opened({ 'la.level': 'region', ...change }))).toMatchObject({
      region: code,
      regions: false,
    });
  });

  test('neighbours and back, and the briefing’s explore link', () => {
    for (let i = 0; i < 200; i++) {
      const code = word(next);
      const there = trendsUrl.parse(opened({ view: 'briefing', ...neighboursLink(code) }));
      expect(neighboursOf(there)).toBe(code);
      const back = trendsUrl.parse(opened(trendsLink({ geo: { kind: 'authority', code } })));
      expect(back.geo).toEqual({ kind: 'authority', code });
    }
    expect(trendsUrl.parse(parseParams(trendsHref(EXPLORE)))).toEqual({ ...trendsUrl.parse({}), ...EXPLORE });
  });

  test('a console query in each of its forms', () => {
    for (const form of ['text', 'packed', 'tab'] as const) {
      const query = word(next);
      expect(consoleUrl.parse(opened({ 'sql.q': 'old', ...queryChange(form, query) }))).toEqual({
        text: undefined,
        packed: undefined,
        tab: undefined,
        [form]: query,
      });
    }
  });
});

describe('the links the app wrote before the contracts are written the same way', () => {
  test('the ranking’s drill-in', () => {
    const choices = {
      datasetId: 'annual_absence',
      dataset: undefined,
      waitingFor: null,
      indicator: { column: 'enrolments_pa_50_exact_percent', label: 'x', unit: '%', decimals: 1 },
      level: 'Local authority',
      phase: 'Total',
      regionCode: '',
      latest: '',
      baseline: '',
      filters: { school_type: 'Total', sex: '' },
      sort: { key: 'rank', dir: 'asc' },
      grain: '',
    } satisfies LaChoices;
    // As la-drill.ts wrote it on main 6ad1c94.
    expect(drillParams({ la_code: 'E08000019' } as RankingRow, choices)).toEqual({
      view: null,
      geo: 'drill:E08000019',
      ds: 'annual_absence',
      ind: 'enrolments_pa_50_exact_percent',
      phase: 'Total',
      term: null,
      from: null,
      to: null,
      multiples: null,
      'f.school_type': 'Total',
      'f.sex': '(blank)',
    });
  });

  test('the briefing’s explore link and the navigation', () => {
    expect(trendsHref(EXPLORE)).toBe(
      '?ds=annual_absence&geo=level%3ANational&ind=enrolments_pa_50_exact_percent&phase=Total',
    );
    expect(viewHref('local-authorities')).toBe('?view=local-authorities');
    expect(viewLink('trends')).toEqual({ view: null });
    expect(neighboursLink('E08000016')).toEqual({ view: null, geo: 'sn:E08000016' });
  });
});
