import { describe, expect, test } from 'vitest';
import { explainEmptyChoice, pickDefaults, type Combination } from '../../../src/data/ees/filter-defaults';
import { compareFilterValues, isTotalValue } from '../../../src/data/ees/filter-values';

// The shapes behind issue 12: admissions (phase x year of admission), characteristics with their group.
const admissions: Combination[] = [
  { phase: 'Primary', year_of_admission: 'Reception' },
  { phase: 'Primary', year_of_admission: '3' },
  { phase: 'Secondary', year_of_admission: '7' },
  { phase: 'Secondary', year_of_admission: '9' },
];
const characteristics: Combination[] = [
  { characteristic_group: 'Gender', characteristic: 'Gender male' },
  { characteristic_group: 'Gender', characteristic: 'Gender female' },
  { characteristic_group: 'FSM', characteristic: 'FSM eligible' },
  { characteristic_group: 'Total', characteristic: 'Total' },
];
const sen: Combination[] = [
  { age: '11 to 15', sex: 'Girls' },
  { age: 'Total', sex: 'Total' },
  { age: '0 to 5', sex: 'Total' },
];

const defaults: [string, string[], Combination[], Combination, string | null, Combination][] = [
  // why, filter columns, combinations that exist, wanted, kept filter, the defaults
  [
    'no totals: the first combination in natural order',
    ['phase', 'year_of_admission'],
    admissions,
    {},
    null,
    { phase: 'Primary', year_of_admission: '3' },
  ],
  [
    'a grouped filter moves with its group to Total',
    ['characteristic_group', 'characteristic'],
    characteristics,
    {},
    null,
    { characteristic_group: 'Total', characteristic: 'Total' },
  ],
  ['totals where they exist together', ['age', 'sex'], sen, {}, null, { age: 'Total', sex: 'Total' }],
  [
    'a wanted pair that exists is kept',
    ['phase', 'year_of_admission'],
    admissions,
    { phase: 'Secondary', year_of_admission: '9' },
    null,
    { phase: 'Secondary', year_of_admission: '9' },
  ],
  [
    'a phase change finds a year of that phase',
    ['phase', 'year_of_admission'],
    admissions,
    { phase: 'Secondary', year_of_admission: '3' },
    'phase',
    { phase: 'Secondary', year_of_admission: '7' },
  ],
  [
    'a year change finds its phase',
    ['phase', 'year_of_admission'],
    admissions,
    { phase: 'Primary', year_of_admission: '7' },
    'year_of_admission',
    { phase: 'Secondary', year_of_admission: '7' },
  ],
  [
    'a characteristic brings its group',
    ['characteristic_group', 'characteristic'],
    characteristics,
    { characteristic_group: 'Total', characteristic: 'FSM eligible' },
    'characteristic',
    { characteristic_group: 'FSM', characteristic: 'FSM eligible' },
  ],
  [
    'a kept value no row has gives way',
    ['age', 'sex'],
    sen,
    { age: '99' },
    'age',
    { age: 'Total', sex: 'Total' },
  ],
  ['no filters, no defaults', [], [], {}, null, {}],
];

describe('filter defaults come from combinations that exist', () => {
  test.each(defaults)('%s', (_why, columns, combinations, wanted, keep, expected) => {
    const picked = pickDefaults(columns, combinations, wanted, keep);
    expect(picked).toEqual(expected);
    if (columns.length) expect(combinations).toContainEqual(picked);
  });
});

test('every default of every mix of wishes finds rows', () => {
  const columns = ['phase', 'year_of_admission'];
  for (const phase of ['Primary', 'Secondary', 'Special', undefined])
    for (const year of ['Reception', '3', '7', '9', '12', undefined]) {
      const wanted = { ...(phase ? { phase } : {}), ...(year ? { year_of_admission: year } : {}) };
      for (const keep of [null, 'phase', 'year_of_admission'])
        expect(admissions).toContainEqual(pickDefaults(columns, admissions, wanted, keep));
    }
});

const empties: [string, string[], Combination[], Combination, ReturnType<typeof explainEmptyChoice>][] = [
  ['choices with rows need no explanation', ['age', 'sex'], sen, { age: 'Total', sex: 'Total' }, null],
  [
    'year 7 with Primary: the year empties it, nearest keeps the phase',
    ['phase', 'year_of_admission'],
    admissions,
    { phase: 'Primary', year_of_admission: '7' },
    {
      culprits: [{ column: 'year_of_admission', chosen: '7', suggested: '3' }],
      nearest: { phase: 'Primary', year_of_admission: '3' },
    },
  ],
  [
    'a characteristic without its group',
    ['characteristic_group', 'characteristic'],
    characteristics,
    { characteristic_group: 'Total', characteristic: 'Gender male' },
    {
      culprits: [{ column: 'characteristic_group', chosen: 'Total', suggested: 'Gender' }],
      nearest: { characteristic_group: 'Gender', characteristic: 'Gender male' },
    },
  ],
];

test.each(empties)('%s', (_why, columns, combinations, chosen, explanation) => {
  expect(explainEmptyChoice(columns, combinations, chosen)).toEqual(explanation);
});

const orders: [string[], string[]][] = [
  // values as a file gives them, as the filter lists them
  [
    ['7', '10', 'Total', '8', '9', '11'],
    ['Total', '7', '8', '9', '10', '11'],
  ],
  [
    ['11 to 15', '0 to 5', 'Total', '6 to 10', ''],
    ['Total', '0 to 5', '6 to 10', '11 to 15', ''],
  ],
  [
    ['Girls', 'Boys', 'All pupils'],
    ['All pupils', 'Boys', 'Girls'],
  ],
  [
    ['-1', '2.5', '10', '0.5'],
    ['-1', '0.5', '2.5', '10'],
  ],
  [
    ['Year 10', 'Year 9', 'Reception'],
    ['Reception', 'Year 9', 'Year 10'],
  ],
];

test.each(orders)('%j is listed %j', (values, listed) => {
  expect([...values].sort(compareFilterValues)).toEqual(listed);
});

test.each([
  ['Total', true],
  ['All', true],
  ['All schools', true],
  ['State-funded total', true],
  ['Gender male', false],
  ['Totally', false],
  ['', false],
])('%s is a total value: %s', (value, total) => {
  expect(isTotalValue(value as string)).toBe(total);
});
