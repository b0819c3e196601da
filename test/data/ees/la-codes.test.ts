import { expect, test } from 'vitest';
import { laCodeJoins } from '../../../src/data/ees/la-codes';

const cases: [string, string[], Record<string, string>][] = [
  // what a file has, the joins: old code → the latest code of the same authority in the file
  ['Gateshead old and new', ['E08000020', 'E08000037'], { E08000020: 'E08000037' }],
  ['Gateshead old only', ['E08000020'], {}],
  [
    'Northumberland all three',
    ['E10000022', 'E06000048', 'E06000057'],
    { E10000022: 'E06000057', E06000048: 'E06000057' },
  ],
  ['Northumberland skipping the middle code', ['E10000022', 'E06000057'], { E10000022: 'E06000057' }],
  ['Sheffield 2024 only', ['E08000019', 'E08000016'], {}],
  [
    'Sheffield and Barnsley both recoded',
    ['E08000019', 'E08000039', 'E08000016', 'E08000038'],
    { E08000019: 'E08000039', E08000016: 'E08000038' },
  ],
  ['padded codes', [' E08000020 ', 'E08000037'], { E08000020: 'E08000037' }],
  ['unchanged authorities', ['E09000004', 'E10000021'], {}],
];

test.each(cases)('%s', (_name, present, joins) => {
  expect(Object.fromEntries(laCodeJoins(present))).toEqual(joins);
});
