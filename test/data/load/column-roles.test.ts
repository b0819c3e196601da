import { beforeAll, describe, expect, test } from 'vitest';
import { parseMetaCsv, type MetaColumn } from '../../../src/data/ees/meta-csv';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import { columnProfileSql, readProfiles, type ColumnProfile } from '../../../src/data/load/column-profile';
import { assignRoles, type ColumnRoles } from '../../../src/data/load/column-roles';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { eesVarietyZip } from '../../support/ees-variety-files';
import { createNodeEngine } from '../../support/node-engine';

/** A profile of `cells` sampled values, as the profile query would report them. */
function profileOf(column: string, cells: readonly string[]): ColumnProfile {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const numbers = filled.filter((c) => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(c));
  const lengths = filled.map((c) => c.length);
  return {
    column,
    rows: cells.length,
    nonEmpty: filled.length,
    numeric: numbers.length,
    integers: numbers.filter((c) => /^[+-]?\d+$/.test(c)).length,
    maxDecimals: Math.max(0, ...numbers.map((c) => c.split('.')[1]?.length ?? 0)),
    numberLike: filled.filter((c) => !numbers.includes(c) && /^[+-]?[£$€]?\d[\d., ]*%?$/.test(c)).length,
    missing: filled.filter((c) => ['c', 'x', 'z', 'low'].includes(c.toLowerCase())).length,
    distinct: new Set(filled).size,
    minLength: lengths.length ? Math.min(...lengths) : 0,
    maxLength: lengths.length ? Math.max(...lengths) : 0,
    codeLike: filled.filter((c) => /^([A-Z]\d{8}|\d{6,8})$/.test(c)).length,
    samples: [...new Set(filled)].sort().slice(0, 5),
  };
}

const meta = (column: string, type: 'Filter' | 'Indicator', extra: Partial<MetaColumn> = {}): MetaColumn => ({
  column,
  type,
  label: column,
  unit: '',
  decimals: null,
  group: '',
  ...extra,
});

type Role = 'indicator' | 'filter' | 'identifier' | 'other' | 'none';

function roleIn(roles: ColumnRoles, column: string): Role {
  if (roles.indicators.some((i) => i.column === column)) return 'indicator';
  if (roles.filterColumns.includes(column)) return 'filter';
  if (roles.identifierColumns.includes(column)) return 'identifier';
  if (roles.otherColumns.includes(column)) return 'other';
  return 'none';
}

const many = (n: number, make: (i: number) => string): string[] =>
  Array.from({ length: n }, (_, i) => make(i));

const rules: [string, string, string[], MetaColumn[], Role][] = [
  // why, column, sampled values, meta rows, role
  ['a URN is an identifier', 'urn', ['100001', '100002', '137522'], [], 'identifier'],
  ['school_urn is a location column', 'school_urn', ['100001'], [], 'none'],
  ['LAESTAB is an identifier', 'laestab', ['3036905', '2013614'], [], 'identifier'],
  ['estab is an identifier even when short', 'estab', ['6905', '2'], [], 'identifier'],
  ['a text id with few values is a filter', 'scheme_id', ['TR00123', 'TR00456'], [], 'filter'],
  [
    'ONS codes under another name are identifiers',
    'ward_code_2019',
    ['E05000001', 'E05000002'],
    [],
    'filter',
  ],
  ['ONS codes in a *_code column are identifiers', 'lep_code', ['E37000001', 'E37000002'], [], 'identifier'],
  [
    'a count named *_id with varying widths is a measure',
    'unknown_id',
    ['3', '120', '4581'],
    [],
    'indicator',
  ],
  [
    'the meta says unknown_id is a count',
    'unknown_id',
    ['100001', '100002'],
    [meta('unknown_id', 'Indicator')],
    'indicator',
  ],
  ['the meta says urn is a filter', 'urn', ['100001'], [meta('urn', 'Filter')], 'filter'],
  [
    'the meta makes a numeric column a filter',
    'nc_year_group',
    ['1', '2'],
    [meta('nc_year_group', 'Filter')],
    'filter',
  ],
  [
    'a few odd cells leave a measure a measure',
    'pupils',
    [...many(19, (i) => String(i * 7)), '1.234,5'],
    [],
    'indicator',
  ],
  ['mostly text is a filter', 'pupils', [...many(5, String), ...many(5, (i) => `band ${i}`)], [], 'filter'],
  ['suppressed cells are not text', 'pupils', ['c', 'x', '12', 'low', '4'], [], 'indicator'],
  ['an all-suppressed sample is still a measure', 'pupils', ['c', 'c', 'x'], [], 'indicator'],
  ['a year group of numbers is a filter', 'nc_year', ['7', '8', '9'], [], 'filter'],
  ['an age of numbers is a filter', 'age', ['4', '5', '6'], [], 'filter'],
  // EES filters never hold the suppression symbols; indicators do (SEN2's discontinued_age is a count).
  [
    'a coded name with symbols among its numbers is a count',
    'discontinued_age',
    ['z', 'z', '3', '1', 'z'],
    [],
    'indicator',
  ],
  ['an all-suppressed coded name is a count', 'ceased_nc_year', ['z', 'c', 'z'], [], 'indicator'],
  ['a year group with a Total and no symbols is a filter', 'nc_year', ['7', '8', 'Total'], [], 'filter'],
  // A column named phase is the phase (the tidy table's own name): offered as the Phase choice, never hidden.
  ['a file’s own column named phase is the phase', 'phase', ['Primary', 'Secondary', 'Total'], [], 'none'],
  [
    'European-format cells among figures leave a measure (they become gaps)',
    'pupils',
    [...many(16, (i) => String(i * 13)), '1.234,5', '2.345,6', '1.000,0'],
    [],
    'indicator',
  ],
  [
    'a unit or separators on some cells leave a measure',
    'pupils',
    [...many(16, (i) => String(i * 13)), '4%', '1,234', '£12'],
    [],
    'indicator',
  ],
  ['words with a number among them are a filter', 'band', ['Boys', 'Girls', 'Total', '1'], [], 'filter'],
  ['the app’s phase column is not a filter', 'school_type', ['Total', 'State-funded primary'], [], 'none'],
  ['an empty column is not offered', 'spare', ['', '', ''], [], 'other'],
  [
    'free text of many values is not offered',
    'school_address',
    many(600, (i) => `${i} High Street`),
    [],
    'other',
  ],
  ['a built-in indicator needs no evidence', 'enrolments_pa_50_exact_percent', ['x'], [], 'indicator'],
  ['location columns have no role', 'la_name', ['Bexley'], [], 'none'],
];

describe('what a column is', () => {
  test.each(rules)('%s', (_why, column, cells, metaRows, role) => {
    expect(roleIn(assignRoles([profileOf(column, cells)], metaRows), column)).toBe(role);
  });
});

const indicators: [string, string[], MetaColumn[], { label: string; unit: string; decimals: number }][] = [
  // column, values, meta rows, what the indicator says
  ['pupils_count', ['480654', '12'], [], { label: 'Pupils count', unit: '', decimals: 0 }],
  [
    'num_sess_auth',
    ['480654', '12.5'],
    [],
    { label: 'Number of sessions authorised', unit: '', decimals: 1 },
  ],
  ['absence_rate', ['2.0299999999999998'], [], { label: 'Absence rate', unit: '%', decimals: 2 }],
  ['pass_percentage', ['50'], [], { label: 'Pass percentage', unit: '%', decimals: 0 }],
  ['fsm_perc', ['4.5'], [], { label: 'FSM percentage', unit: '%', decimals: 1 }],
  ['pct_girls', ['4.5'], [], { label: 'Percentage girls', unit: '%', decimals: 1 }],
  [
    'l2by19',
    ['64.96101518'],
    [meta('l2by19', 'Indicator', { label: 'Proportion achieving level 2', unit: '%' })],
    { label: 'Proportion achieving level 2', unit: '%', decimals: 2 },
  ],
  [
    'amount',
    ['1.5'],
    [meta('amount', 'Indicator', { label: 'Spend', unit: '£m', decimals: 3 })],
    { label: 'Spend', unit: '£m', decimals: 3 },
  ],
];

test.each(indicators)('%s is labelled, with its unit and decimals', (column, cells, metaRows, shown) => {
  expect(assignRoles([profileOf(column, cells)], metaRows).indicators[0]).toMatchObject(shown);
});

test('a grouping column is a filter that groups its filter, with the meta’s label and hint', () => {
  const roles = assignRoles(
    [
      profileOf('characteristic', ['Total', 'Gender Male']),
      profileOf('characteristic_group', ['Total', 'Gender']),
    ],
    [
      meta('characteristic', 'Filter', {
        label: 'Characteristic',
        hint: 'Pick one',
        groupColumn: 'characteristic_group',
      }),
    ],
  );
  expect(roles.filters).toEqual([
    {
      column: 'characteristic',
      label: 'Characteristic',
      hint: 'Pick one',
      groupColumn: 'characteristic_group',
      groups: null,
      defaultValue: null,
    },
    {
      column: 'characteristic_group',
      label: 'Characteristic group',
      hint: '',
      groupColumn: null,
      groups: 'characteristic',
      defaultValue: null,
    },
  ]);
});

describe('genuine EES files with their meta files', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  }, 60_000);

  async function rolesOf(zip: string): Promise<{ roles: ColumnRoles; meta: MetaColumn[] }> {
    const files = eesVarietyZip(zip);
    const [dataName, data] = [...files].find(([name]) => !name.endsWith('.meta.csv')) ?? [];
    const [, metaBytes] = [...files].find(([name]) => name.endsWith('.meta.csv')) ?? [];
    if (!dataName || !data || !metaBytes) throw new Error(`${zip} lacks a data or meta file`);
    const internal = `${FILE_FOLDER}${dataName}`;
    await engine.registerFile(internal, data);
    try {
      const header = new TextDecoder().decode(data.subarray(0, 4096)).split(/\r?\n/)[0] ?? '';
      const columns = header.replace(/^\uFEFF/, '').split(',');
      const sample = `(SELECT * FROM read_csv('${internal}', header = true, all_varchar = true) LIMIT 20000)`;
      const rows = await engine.query(columnProfileSql(sample, columns));
      const meta = parseMetaCsv(new TextDecoder().decode(metaBytes)).columns;
      return { roles: assignRoles(readProfiles(rows, columns), meta), meta };
    } finally {
      await engine.dropFile(internal);
    }
  }

  const files: [string, Partial<Record<keyof ColumnRoles, unknown>>][] = [
    [
      'absence_for_four_year_olds.zip',
      { identifierColumns: ['estab', 'laestab', 'urn'], phaseColumn: 'school_type' },
    ],
    ['absence_in_prus.zip', { identifierColumns: [], filterColumns: [] }],
    ['exclusions_by_reason.zip', { filterColumns: [], phaseColumn: 'school_type' }],
    ['SEN2_AGE_NEW.zip', { filterColumns: ['age'] }],
    [
      'KS4_2018_LA_Char_Testdata.zip',
      {
        filterColumns: [
          'version',
          'school_characteristic',
          'breakdown',
          'characteristic_gender',
          'characteristic_free_school_meals',
          'characteristic_disadvantage',
          'characteristic_first_language',
          'characteristic_sen_status',
          'characteristic_ethnic_major',
        ],
      },
    ],
  ];

  test.each(files)('%s: every meta indicator, and nothing else that is an id', async (zip, expected) => {
    const { roles, meta } = await rolesOf(zip);
    expect(roles).toMatchObject(expected);
    const metaIndicators = meta.filter((m) => m.type === 'Indicator');
    for (const described of metaIndicators)
      expect(roles.indicators.find((i) => i.column === described.column)).toMatchObject({
        label: described.label,
        unit: described.unit,
      });
    for (const indicator of roles.indicators) expect(indicator.column).not.toMatch(/^(urn|estab|laestab)$/);
  });

  test('SEN2: counts without decimal places are whole, the age filter has its label and hint', async () => {
    const { roles } = await rolesOf('SEN2_AGE_NEW.zip');
    expect(roles.indicators.map((i) => [i.column, i.decimals])).toEqual([
      ['Total_NEW_ST', 0],
      ['Total_NEW_EHC', 0],
    ]);
    expect(roles.filters[0]).toMatchObject({ label: 'Age band', hint: 'Filter by age band' });
  });

  test('level 2 and 3: characteristic and its group move together', async () => {
    const { roles } = await rolesOf('level_2_3_sfla.zip');
    expect(roles.filters.find((f) => f.column === 'characteristic')?.groupColumn).toBe(
      'characteristic_group',
    );
    expect(roles.filters.find((f) => f.column === 'characteristic_group')?.groups).toBe('characteristic');
  });
});
