import Papa from 'papaparse';
import { beforeAll, describe, expect, test } from 'vitest';
import { GEOGRAPHIC_LEVELS } from '../../../src/data/ees/geography';
import { parseMetaCsv } from '../../../src/data/ees/meta-csv';
import { loadDataset } from '../../../src/data/load/load-dataset';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { eesVarietyText, eesVarietyZip } from '../../support/ees-variety-files';
import { bytesOf } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});

// A type, not an interface: rows from the engine are records.
type Where = {
  level: string;
  area_code: string | null;
  area_name: string | null;
  region_code: string | null;
  parent_code: string | null;
  parent_name: string | null;
};

/** Loads EES-shaped rows (a header and lines) and reads back where each row is, in file order. */
async function whereRows(id: string, lines: readonly string[]): Promise<Where[]> {
  await loadDataset(engine, { id, fileName: `${id}.csv`, data: bytesOf(lines.join('\n')), origin: 'user' });
  return engine.query<Where>(
    `SELECT level, area_code, area_name, region_code, parent_code, parent_name FROM tidy_${id}`,
  );
}

const ENGLAND_COLUMNS = 'country_code,country_name';
const ENGLAND_CELLS = 'E92000001,England';

describe('every geographic level of the standard: its code, name and parent from its own columns', () => {
  // One row per level: the level's code and name columns (with the region and LA columns every level carries).
  // The area each level is listed under, in a file that has every parent's columns.
  const parents: Readonly<Record<string, string>> = {
    'Local authority district': 'Leeds',
    'Parliamentary constituency': 'Yorkshire and The Humber',
    'Local skills improvement plan area': 'Yorkshire and The Humber',
    'Local enterprise partnership': 'Yorkshire and The Humber',
    'English devolved area': 'Yorkshire and The Humber',
    'Opportunity area': 'Leeds',
    Ward: 'Leeds district',
    'Planning area': 'Leeds',
    MAT: 'England',
    Sponsor: 'England',
    School: 'Leeds',
    Provider: 'Leeds',
    Institution: 'Leeds',
    'Police force area': 'Yorkshire and The Humber',
  };
  const cases = GEOGRAPHIC_LEVELS.filter((l) => l.level in parents).map((l) => ({
    level: l.level,
    codeColumn: l.codeColumn,
    nameColumn: l.nameColumn,
    parent: parents[l.level],
  }));
  test('the table covers every level of the standard below region and authority', () => {
    expect(cases).toHaveLength(GEOGRAPHIC_LEVELS.length - 3);
  });
  test.each(cases)(
    '$level ($codeColumn, $nameColumn) under $parent',
    async ({ level, codeColumn, nameColumn, parent }) => {
      const header = `time_period,time_identifier,geographic_level,${ENGLAND_COLUMNS},region_code,region_name,new_la_code,la_name,lad_code,lad_name,${codeColumn},${nameColumn},value`;
      const uniqueHeader = [...new Set(header.split(','))];
      const cells: Record<string, string> = {
        time_period: '2023',
        time_identifier: 'Calendar year',
        geographic_level: level,
        country_code: 'E92000001',
        country_name: 'England',
        region_code: 'E12000003',
        region_name: 'Yorkshire and The Humber',
        new_la_code: 'E08000035',
        la_name: 'Leeds',
        lad_code: 'E08000035',
        lad_name: 'Leeds district',
        [codeColumn]: 'X123',
        [nameColumn]: 'Somewhere',
        value: '5',
      };
      const [row] = await whereRows(`lvl_${codeColumn.replace(/\W/g, '')}`, [
        uniqueHeader.join(','),
        uniqueHeader.map((c) => cells[c] ?? '').join(','),
      ]);
      expect(row?.level).toBe(level);
      expect(row?.area_code).toBe(cells[codeColumn]);
      expect(row?.area_name).toBe(cells[nameColumn]);
      expect(row?.region_code).toBe('E12000003');
      expect(row?.parent_name).toBe(parent);
    },
  );
});

const HEADER = `time_period,time_identifier,geographic_level,${ENGLAND_COLUMNS},region_code,region_name,old_la_code,new_la_code,la_name,value`;
const row = (level: string, region: string, regionName: string, la = ',,') =>
  `2023,Calendar year,${level},${ENGLAND_CELLS},${region},${regionName},${la},1`;

const placeCases: { name: string; line: string; expected: Partial<Where> }[] = [
  {
    name: 'Inner London at regional level is its own area, under London',
    line: row('Regional', 'E13000001', 'Inner London'),
    expected: {
      area_code: 'E13000001',
      area_name: 'Inner London',
      region_code: 'E12000007',
      parent_name: 'London',
    },
  },
  {
    name: 'London’s code named "Outer London" (as KS4 files write it) is Outer London',
    line: row('Regional', 'E12000007', 'Outer London'),
    expected: { area_code: 'E13000002', area_name: 'Outer London', region_code: 'E12000007' },
  },
  {
    name: 'an authority in Outer London is in the London region, listed under Outer London',
    line: row('Local authority', 'E13000002', 'Outer London', '303,E09000004,Bexley'),
    expected: { area_code: 'E09000004', region_code: 'E12000007', parent_code: 'E13000002' },
  },
  {
    name: 'a level written in other case is the standard’s level',
    line: row('LOCAL AUTHORITY', 'E12000001', 'North East', '929,E06000057,Northumberland'),
    expected: { level: 'Local authority', area_code: 'E06000057' },
  },
  {
    name: 'a region is listed under England',
    line: row('Regional', 'E12000001', 'North East'),
    expected: { area_code: 'E12000001', parent_code: 'E92000001', parent_name: 'England' },
  },
  {
    name: 'England is England',
    line: row('National', '', ''),
    expected: { area_code: 'E92000001', area_name: 'England', parent_code: null },
  },
];

test.each(placeCases)('$name', async ({ line, expected }) => {
  const [found] = await whereRows('place', [HEADER, line]);
  expect(found).toMatchObject(expected);
});

const schoolCases: { name: string; header: string; line: string; code: string; label: string }[] = [
  {
    name: 'school_urn with school_name',
    header: 'school_urn,school_laestab,school_name',
    line: '100000,2013614,Sir John Cass',
    code: '100000',
    label: 'Sir John Cass',
  },
  {
    name: 'urn without a name',
    header: 'urn,laestab,estab',
    line: '133769,3036905,6905',
    code: '133769',
    label: '133769',
  },
  {
    name: 'laestab without a URN',
    header: 'laestab,school_name',
    line: '3036905,Bexley Grammar',
    code: '3036905',
    label: 'Bexley Grammar',
  },
  { name: 'estab alone', header: 'estab', line: '6905', code: '6905', label: '6905' },
];

test.each(schoolCases)('a school identified by $name', async ({ header, line, code, label }) => {
  const [found] = await whereRows('school', [
    `${HEADER},${header}`,
    `${row('School', 'E13000002', 'Outer London', '303,E09000004,Bexley')},${line}`,
  ]);
  expect(found).toMatchObject({
    level: 'School',
    area_code: code,
    area_name: label,
    region_code: 'E12000007',
    parent_code: 'E09000004',
    parent_name: 'Bexley',
  });
});

test('the file view keeps what the file said, even where the tidy table joined codes up', async () => {
  await whereRows('faithful', [
    HEADER,
    row('Local authority', 'E13000002', 'Outer London', '390,E08000020,Gateshead'),
  ]);
  const [raw] = await engine.query(
    'SELECT region_code, region_name, new_la_code, geographic_level FROM raw_faithful',
  );
  expect(raw).toEqual({
    region_code: 'E13000002',
    region_name: 'Outer London',
    new_la_code: 'E08000020',
    geographic_level: 'Local authority',
  });
});

describe('genuine files', () => {
  async function loadZip(zip: string) {
    const files = eesVarietyZip(`${zip}.zip`);
    const meta = parseMetaCsv(new TextDecoder().decode(files.get(`${zip}.meta.csv`))).columns;
    return loadDataset(engine, {
      id: zip.toLowerCase(),
      fileName: `${zip}.csv`,
      data: files.get(`${zip}.csv`) ?? new Uint8Array(),
      origin: 'user',
      meta,
    });
  }

  test('exclusions by reason: Gateshead and Northumberland are one authority each, with every year', async () => {
    const dataset = await loadZip('exclusions_by_reason');
    const names = dataset.areas.filter((a) => a.level === 'Local authority').map((a) => a.name);
    expect(names.filter((n) => n === 'Gateshead')).toHaveLength(1);
    expect(names.filter((n) => n === 'Northumberland')).toHaveLength(1);
    const rows = Papa.parse<Record<string, string>>(
      eesVarietyText('exclusions_by_reason.zip', 'exclusions_by_reason.csv'),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data.filter((r) => r.la_name === 'Gateshead' && r.school_type === 'Total');
    const [{ n } = { n: 0 }] = await engine.query<{ n: number }>(
      "SELECT count(DISTINCT period)::INTEGER AS n FROM ds_exclusions_by_reason WHERE area_code = 'E08000037' AND phase = 'Total'",
    );
    expect(n).toBe(new Set(rows.map((r) => r.time_period)).size);
  });

  test('absence in PRUs: every London authority is in London, and London’s parts are its regions', async () => {
    const dataset = await loadZip('absence_in_prus');
    const text = eesVarietyText('absence_in_prus.zip', 'absence_in_prus.csv');
    const fileLondon = new Set(
      Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
        .data.filter(
          (r) => r.geographic_level === 'Local authority' && /^E1300000[12]$/.test(r.region_code ?? ''),
        )
        .map((r) => r.new_la_code),
    );
    const london = dataset.areas.filter((a) => a.level === 'Local authority' && a.regionCode === 'E12000007');
    expect(new Set(london.map((a) => a.code))).toEqual(fileLondon);
    const parts = dataset.areas.filter((a) => a.level === 'Regional' && a.parentCode === 'E12000007');
    expect(parts.map((a) => a.name).sort()).toEqual(['Inner London', 'Outer London']);
  });
});

const laRow = (year: string, la: string) =>
  `${year},Calendar year,Local authority,${ENGLAND_CELLS},E12000001,North East,${la},1`;

const codeJoins: { name: string; lines: string[]; codes: string[] }[] = [
  {
    name: 'Gateshead under its old and new codes is one authority under the new',
    lines: [laRow('2012', '390,E08000020,Gateshead'), laRow('2014', '390,E08000037,Gateshead')],
    codes: ['E08000037', 'E08000037'],
  },
  {
    name: 'Northumberland through both changes joins the latest code the file has',
    lines: [
      laRow('2008', '929,E10000022,Northumberland'),
      laRow('2010', '929,E06000048,Northumberland'),
      laRow('2014', '929,E06000057,Northumberland'),
    ],
    codes: ['E06000057', 'E06000057', 'E06000057'],
  },
  {
    name: 'a county code with only its first successor joins that one',
    lines: [laRow('2008', '929,E10000022,Northumberland'), laRow('2010', '929,E06000048,Northumberland')],
    codes: ['E06000048', 'E06000048'],
  },
  {
    name: 'Sheffield only under its 2024 code keeps it (maps and neighbour lists use it)',
    lines: [laRow('2024', '373,E08000019,Sheffield')],
    codes: ['E08000019'],
  },
];

test.each(codeJoins)('$name', async ({ lines, codes }) => {
  const rows = await whereRows('joins', [HEADER, ...lines]);
  expect(rows.map((r) => r.area_code)).toEqual(codes);
  const [raw] = await engine.query<{ codes: string }>(
    "SELECT string_agg(new_la_code, ',') AS codes FROM raw_joins",
  );
  expect(raw?.codes.split(',')).toEqual(lines.map((l) => l.split(',')[8]));
});

test('a school of Gateshead’s old code is listed under the authority’s one code', async () => {
  const rows = await whereRows('school_join', [
    `${HEADER},urn`,
    `${laRow('2012', '390,E08000020,Gateshead')},`,
    `${laRow('2014', '390,E08000037,Gateshead')},`,
    `2012,Calendar year,School,${ENGLAND_CELLS},E12000001,North East,390,E08000020,Gateshead,1,108000`,
  ]);
  expect(rows.map((r) => r.parent_code ?? r.area_code)).toEqual(['E12000001', 'E12000001', 'E08000037']);
});
