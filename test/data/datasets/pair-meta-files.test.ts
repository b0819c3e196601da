import { expect, test } from 'vitest';
import { pairMetaFiles } from '../../../src/data/datasets/pair-meta-files';

const named = (name: string) => new File(['x'], name);

test.each([
  { case: 'a data file alone', names: ['a.csv'], pairs: [['a.csv', null]] },
  {
    case: 'its .meta.csv goes with it, in any case',
    names: ['A.csv', 'a.META.csv'],
    pairs: [['A.csv', 'a.META.csv']],
  },
  {
    case: 'a .meta.csv without its data file is taken as data',
    names: ['b.meta.csv'],
    pairs: [['b.meta.csv', null]],
  },
  {
    case: 'two data files, one with its meta',
    names: ['a.meta.csv', 'a.csv', 'b.csv'],
    pairs: [
      ['a.csv', 'a.meta.csv'],
      ['b.csv', null],
    ],
  },
])('$case', ({ names, pairs }) => {
  expect(pairMetaFiles(names.map(named)).map(({ file, meta }) => [file.name, meta?.name ?? null])).toEqual(
    pairs,
  );
});
