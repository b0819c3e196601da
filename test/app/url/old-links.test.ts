import { describe, expect, test } from 'vitest';
import { parseParams } from '../../../src/app/url-state';
import { appUrl, openedView } from '../../../src/app/url/app-url';
import { briefingUrl } from '../../../src/app/url/briefing-url';
import { characteristicsUrl } from '../../../src/app/url/characteristics-url';
import { consoleUrl } from '../../../src/app/url/console-url';
import { localAuthoritiesUrl } from '../../../src/app/url/local-authorities-url';
import { timelineUrl } from '../../../src/app/url/timeline-url';
import { trendsUrl } from '../../../src/app/url/trends-url';
import type { UrlContract } from '../../../src/app/url/url-fields';

// Issue #25 step 1: links written by the app before the URL contracts (collected from the browser tests, the
// README and what the app's own link builders wrote on main 6ad1c94) open the same view with the same choices.
// Each row: the link, the view it opens, and the choices of that view it carries (fields not named are absent).

const NO_TRENDS = trendsUrl.parse({});
const NO_LA = localAuthoritiesUrl.parse({});

const CONTRACTS: Record<string, UrlContract<object>> = {
  trends: trendsUrl,
  'local-authorities': localAuthoritiesUrl,
  characteristics: characteristicsUrl,
  timeline: timelineUrl,
  briefing: briefingUrl,
  sql: consoleUrl,
};

const LINKS: [link: string, view: string, choices: object][] = [
  // Trends (and statistical neighbours, which is Trends with an `sn:` area).
  ['', 'trends', NO_TRENDS],
  ['?view=trends', 'trends', NO_TRENDS],
  [
    '?ds=annual_absence&geo=england-regions&ind=enrolments_pa_50_exact_percent&phase=Total',
    'trends',
    {
      ...NO_TRENDS,
      dataset: 'annual_absence',
      indicator: 'enrolments_pa_50_exact_percent',
      phase: 'Total',
      geo: { kind: 'england-regions' },
    },
  ],
  ['?geo=drill:E06000004', 'trends', { ...NO_TRENDS, geo: { kind: 'authority', code: 'E06000004' } }],
  ['?geo=la:E12000001', 'trends', { ...NO_TRENDS, geo: { kind: 'region-authorities', region: 'E12000001' } }],
  ['?geo=sn:E06000061', 'trends', { ...NO_TRENDS, geo: { kind: 'neighbours', code: 'E06000061' } }],
  [
    '?geo=sn:E08000016&ds=attendance_ytd&ind=overall_absence_perc&phase=Primary',
    'trends',
    {
      ...NO_TRENDS,
      geo: { kind: 'neighbours', code: 'E08000016' },
      dataset: 'attendance_ytd',
      indicator: 'overall_absence_perc',
      phase: 'Primary',
    },
  ],
  [
    '?ds=attendance_terms&ind=overall_absence_perc&term=Autumn%20term&geo=level:National',
    'trends',
    {
      ...NO_TRENDS,
      dataset: 'attendance_terms',
      indicator: 'overall_absence_perc',
      term: 'Autumn term',
      geo: { kind: 'level', level: 'National' },
    },
  ],
  [
    '?geo=area%3ARegional%3AE12000007',
    'trends',
    { ...NO_TRENDS, geo: { kind: 'area', level: 'Regional', code: 'E12000007' } },
  ],
  ['?geo=top:School', 'trends', { ...NO_TRENDS, geo: { kind: 'largest', level: 'School' } }],
  ['?ds=u1', 'trends', { ...NO_TRENDS, dataset: 'u1' }],
  ['?multiples=1', 'trends', { ...NO_TRENDS, multiples: true }],
  ['?axis=fit&events=0', 'trends', { ...NO_TRENDS, fitAxis: true, events: 'hidden' }],
  [
    '?events=1&concept=severe&grain=Week',
    'trends',
    { ...NO_TRENDS, events: 'shown', concept: 'severe', grain: 'Week' },
  ],
  [
    '?f.sex=%28blank%29&f.fsm_eligible=Eligible+%26+SEN&from=2018-09-01&to=2023-09-01',
    'trends',
    {
      ...NO_TRENDS,
      filters: { sex: '(blank)', fsm_eligible: 'Eligible & SEN' },
      from: '2018-09-01',
      to: '2023-09-01',
    },
  ],
  // What the ranking's drill-in wrote (la-drill on main), and the briefing's "Open in the explore view".
  [
    '?ds=annual_absence&f.school_type=Total&geo=drill%3AE08000019&ind=enrolments_pa_50_exact_percent&phase=Total',
    'trends',
    {
      ...NO_TRENDS,
      dataset: 'annual_absence',
      indicator: 'enrolments_pa_50_exact_percent',
      phase: 'Total',
      geo: { kind: 'authority', code: 'E08000019' },
      filters: { school_type: 'Total' },
    },
  ],
  [
    '?ds=annual_absence&geo=level%3ANational&ind=enrolments_pa_50_exact_percent&phase=Total',
    'trends',
    {
      ...NO_TRENDS,
      dataset: 'annual_absence',
      indicator: 'enrolments_pa_50_exact_percent',
      phase: 'Total',
      geo: { kind: 'level', level: 'National' },
    },
  ],
  // Local authorities.
  ['?view=local-authorities', 'local-authorities', NO_LA],
  [
    '?view=local-authorities&la.ds=attendance_ytd&la.ind=overall_absence_perc&la.phase=Primary',
    'local-authorities',
    { ...NO_LA, dataset: 'attendance_ytd', indicator: 'overall_absence_perc', phase: 'Primary' },
  ],
  ['?view=local-authorities&la.chart=map', 'local-authorities', { ...NO_LA, map: true }],
  [
    '?view=local-authorities&la.chart=map&la.latest=2018/19',
    'local-authorities',
    { ...NO_LA, map: true, latest: '2018/19' },
  ],
  [
    '?view=local-authorities&la.chart=map&la.ds=attendance_ytd&la.ind=pa_perc&la.latest=2025/26&la.phase=Total&la.baseline=none',
    'local-authorities',
    {
      ...NO_LA,
      map: true,
      dataset: 'attendance_ytd',
      indicator: 'pa_perc',
      latest: '2025/26',
      phase: 'Total',
      baseline: 'none',
    },
  ],
  [
    '?view=local-authorities&la.chart=map&la.level=region',
    'local-authorities',
    { ...NO_LA, map: true, regions: true },
  ],
  [
    '?la.classes=equal&la.dir=desc&la.f.sex=Girls&la.region=E12000003&la.sort=name&view=local-authorities',
    'local-authorities',
    {
      ...NO_LA,
      equalClasses: true,
      dir: 'desc',
      sort: 'name',
      region: 'E12000003',
      filters: { sex: 'Girls' },
    },
  ],
  // Pupil characteristics.
  ['?view=characteristics', 'characteristics', characteristicsUrl.parse({})],
  [
    '?ch.area=E12000007&ch.by=sen&ch.ds=severe_absence_characteristics&ch.phase=Secondary&ch.year=2023%2F24&view=characteristics',
    'characteristics',
    {
      area: 'E12000007',
      by: 'sen',
      dataset: 'severe_absence_characteristics',
      phase: 'Secondary',
      year: '2023/24',
    },
  ],
  // The alliance timeline (a shared-markers link's `#` part is the markers', not a view choice).
  ['?view=timeline', 'timeline', timelineUrl.parse({})],
  [
    '?view=timeline&tl.type=meeting&tl.org=DfE&tl.area=E12000002&tl.conf=likely&tl.origin=marker',
    'timeline',
    { type: 'meeting', organisation: 'DfE', area: 'E12000002', confidence: 'likely', origin: 'marker' },
  ],
  // Briefing.
  ['?view=briefing', 'briefing', briefingUrl.parse({})],
  [
    '?view=briefing&b.event=curated:2023-09-28-four-more-hubs&b.measure=weekly-overall&b.area=E12000005',
    'briefing',
    { event: 'curated:2023-09-28-four-more-hubs', measure: 'weekly-overall', area: 'E12000005' },
  ],
  [
    '?view=briefing&b.event=curated%3A2022-09-01-working-together-applies',
    'briefing',
    { event: 'curated:2022-09-01-working-together-applies' },
  ],
  ['?b.cmp=E06000001%2CE06000002&view=briefing', 'briefing', { comparators: ['E06000001', 'E06000002'] }],
  // SQL console.
  ['?view=sql', 'sql', consoleUrl.parse({})],
  ['?view=sql&sql.q=SELECT%201', 'sql', { text: 'SELECT 1' }],
  ['?ds=annual_absence&sql.q=SELECT+2&view=sql', 'sql', { text: 'SELECT 2' }],
  ['?view=sql&sql.z=1.abc', 'sql', { packed: '1.abc' }],
  ['?view=sql&sql.tab=gone', 'sql', { tab: 'gone' }],
];

describe('links written by today’s app open the same view with the same choices', () => {
  test.each(LINKS)('%s', (link, view, choices) => {
    const params = parseParams(link);
    expect(openedView(appUrl.parse(params))).toBe(view);
    const contract = CONTRACTS[view];
    if (!contract) throw new Error(`no contract for ${view}`);
    expect(contract.parse(params)).toEqual({ ...contract.parse({}), ...choices });
  });

  test.each([
    ['?view=briefing&ev.off=hubs', 'hubs'],
    ['?ev.off=alliance.funding-data', 'alliance.funding-data'],
    ['?view=timeline', undefined],
  ])('%s switches event themes %s off', (link, off) => {
    expect(appUrl.parse(parseParams(link)).themesOff).toBe(off);
  });

  test.each([
    // Text no version of the app wrote reads as absent, so the view starts at its default.
    ['?geo=nonsense', { ...NO_TRENDS }],
    ['?geo=area%3ASchool', { ...NO_TRENDS }],
    ['?events=yes&multiples=true&axis=zero', { ...NO_TRENDS }],
    ['?ds=&phase=', { ...NO_TRENDS }],
  ])('%s opens Trends at its defaults', (link, choices) => {
    expect(trendsUrl.parse(parseParams(link))).toEqual(choices);
  });
});
