import { expect, test } from 'vitest';
import type { Area, Dataset } from '../../../src/data/catalogue';
import {
  areaChain,
  areaGeo,
  areaLevels,
  areaOptions,
  parseAreaGeo,
} from '../../../src/app/trend-choices/area-choice';
import {
  geographyOptions,
  readChoices,
  toSeriesRequest,
  datasetChoices,
} from '../../../src/app/trend-choices/trend-choices';
import { area } from '../../support/catalogue-area';

const areas: Area[] = [
  area('National', 'E92000001', 'England', null, null),
  area('Regional', 'E12000001', 'North East', 'E92000001', 'England'),
  area('Regional', 'E13000001', 'Inner London', 'E12000007', 'London'),
  area('Regional', 'E13000002', 'Outer London', 'E12000007', 'London'),
  area('Local authority', 'E09000004', 'Bexley', 'E13000002', 'Outer London', 'E12000007'),
  area('Local authority', 'E08000037', 'Gateshead', 'E12000001', 'North East', 'E12000001'),
  area('School', '133769', '133769', 'E09000004', 'Bexley', 'E12000007'),
  area('School', '108000', 'Kelvin Grove', 'E08000037', 'Gateshead', 'E12000001'),
  area('Ward', 'E05000001', 'Low Fell', 'E08000037', 'Gateshead', 'E12000001'),
];

const dataset = {
  id: 'd',
  view: 'ds_d',
  title: 'd',
  origin: 'user',
  grains: ['Academic year'],
  indicators: [{ column: 'v', label: 'v', unit: '', decimals: 0 }],
  filters: [],
  phases: ['Total'],
  levels: ['Local authority', 'National', 'Regional', 'School', 'Ward'],
  periods: [],
  areas,
} as unknown as Dataset;

test.each([
  ['School', '133769', 'area:School:133769'],
  ['Ward', 'E05000001', 'area:Ward:E05000001'],
  ['Local authority', 'E09000004', 'drill:E09000004'],
])('%s %s is written %s and read back', (level, code, geo) => {
  expect(areaGeo(level, code)).toBe(geo);
  expect(parseAreaGeo(geo)).toEqual({ level, code });
});

test.each(['england-regions', 'area:', 'area:School', 'la:E12000007'])('%s is not one area', (geo) => {
  expect(parseAreaGeo(geo)).toBeNull();
});

test('levels come in the standard’s order', () => {
  expect(areaLevels(dataset)).toEqual(['National', 'Regional', 'Local authority', 'Ward', 'School']);
});

const grouped: [string, string | null, [string, string | undefined][]][] = [
  // level, parent, the options as [label, group]
  [
    'Regional',
    null,
    [
      // The file gives London only as its parts: London is listed as one region, its parts under it.
      ['London (E12000007)', 'England'],
      ['North East (E12000001)', 'England'],
      ['Inner London (E13000001)', 'London'],
      ['Outer London (E13000002)', 'London'],
    ],
  ],
  [
    'School',
    null,
    [
      ['133769', 'Bexley'],
      ['Kelvin Grove (108000)', 'Gateshead'],
    ],
  ],
  ['School', 'E08000037', [['Kelvin Grove (108000)', 'Gateshead']]],
  [
    'Local authority',
    null,
    [
      ['Gateshead (E08000037)', 'North East'],
      ['Bexley (E09000004)', 'Outer London'],
    ],
  ],
];

test.each(grouped)('%s areas (in %s) are listed under their parent', (level, parent, expected) => {
  expect(areaOptions(dataset, level, parent).map((o) => [o.label, o.group])).toEqual(expected);
});

const chains: [string, string, string[]][] = [
  ['School', '108000', ['108000', 'E08000037', 'E12000001', 'E92000001']],
  ['School', '133769', ['133769', 'E09000004', 'E13000002', 'E92000001']],
  ['Ward', 'E05000001', ['E05000001', 'E08000037', 'E12000001', 'E92000001']],
  ['Regional', 'E13000001', ['E13000001', 'E92000001']],
];

test.each(chains)('%s %s is drawn with %j', (level, code, codes) => {
  const chosen = areas.find((a) => a.level === level && a.code === code) as Area;
  expect(areaChain(dataset, chosen).map((a) => a.code)).toEqual(codes);
  const choices = readChoices(
    { ds: 'd', geo: areaGeo(level, code) },
    [dataset],
    datasetChoices([dataset], []),
  );
  expect(toSeriesRequest(choices)).toMatchObject({ areaCodes: codes });
});

test('a London authority drilled into is shown with its part of London and England', () => {
  const choices = readChoices({ ds: 'd', geo: 'drill:E09000004' }, [dataset], datasetChoices([dataset], []));
  expect(toSeriesRequest(choices)).toMatchObject({ areaCodes: ['E92000001', 'E13000002', 'E09000004'] });
});

test('a level of many areas is not offered all at once; a chosen area is offered by name', () => {
  const values = geographyOptions(dataset, 'area:School:108000').map((o) => o.label);
  expect(values).toContain('Kelvin Grove with Gateshead, North East, England');
  expect(values).toContain('School (all)');
  const many = {
    ...dataset,
    areas: [
      ...areas,
      ...Array.from({ length: 30 }, (_, i) => area('School', `${i}`, `S${i}`, 'E08000037', 'Gateshead')),
    ],
  } as Dataset;
  expect(geographyOptions(many).map((o) => o.label)).not.toContain('School (all)');
});

test('a file of many schools and nothing else starts at its ten highest schools (issue 23)', () => {
  const schoolAreas = [
    ...areas.filter((a) => a.level === 'School'),
    ...Array.from({ length: 30 }, (_, i) => area('School', `${i}`, `S${i}`, 'E08000037', 'Gateshead')),
  ];
  const schools = { ...dataset, levels: ['School'], areas: schoolAreas } as Dataset;
  const choices = readChoices({ ds: 'd' }, [schools], datasetChoices([schools], []));
  expect(choices.geography).toBe('top:School');
  expect(toSeriesRequest(choices)).toMatchObject({ levels: ['School'], largest: 10, areaCodes: null });
});

test.each([
  [['Primary'], undefined, 'Primary'],
  [['Primary', 'Total'], undefined, 'Total'],
  [['Secondary'], 'Primary', 'Secondary'],
])('a school with phases %j (asked %s) is charted in %s', (phases, asked, expected) => {
  const withPhases = {
    ...dataset,
    phases: ['Primary', 'Secondary', 'Total'],
    areas: areas.map((a) => (a.code === '108000' ? { ...a, phases } : a)),
  } as Dataset;
  const choices = readChoices(
    { ds: 'd', geo: 'area:School:108000', ...(asked ? { phase: asked } : {}) },
    [withPhases],
    datasetChoices([withPhases], []),
  );
  expect(choices.phase).toBe(expected);
});

test('London given only as Inner and Outer London is one region, chosen and drawn as its parts', () => {
  const geo = areaGeo('Regional', 'E12000007');
  const choices = readChoices({ ds: 'd', geo }, [dataset], datasetChoices([dataset], []));
  expect(choices.geography).toBe(geo);
  expect(toSeriesRequest(choices)).toMatchObject({
    levels: ['Regional', 'National'],
    areaCodes: ['E12000007', 'E92000001', 'E13000001', 'E13000002'],
  });
  expect(geographyOptions(dataset, geo).find((o) => o.value === geo)?.label).toBe(
    'London (Inner London and Outer London) with England',
  );
});
