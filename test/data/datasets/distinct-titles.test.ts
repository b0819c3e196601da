import { expect, test } from 'vitest';
import { distinctTitles } from '../../../src/data/datasets/distinct-titles';

test.each([
  {
    name: 'different names keep their names',
    paths: ['a.csv', 'b.csv'],
    taken: [],
    titles: ['a.csv', 'b.csv'],
  },
  {
    name: 'a zip entry is titled by its own name',
    paths: ['download.zip/data/absence.csv'],
    taken: [],
    titles: ['absence.csv'],
  },
  {
    name: 'zip entries of one name in two folders',
    paths: ['x.zip/a/same.csv', 'x.zip/b/same.csv'],
    taken: [],
    titles: ['same.csv (a)', 'same.csv (b)'],
  },
  {
    name: 'deeper folders keep only the part that differs',
    paths: ['x.zip/data/2023/same.csv', 'x.zip/data/2024/same.csv', 'x.zip/other.csv'],
    taken: [],
    titles: ['same.csv (2023)', 'same.csv (2024)', 'other.csv'],
  },
  {
    name: 'the same entry in two zips is told apart by the zip',
    paths: ['x.zip/data/same.csv', 'y.zip/data/same.csv'],
    taken: [],
    titles: ['same.csv (x.zip)', 'same.csv (y.zip)'],
  },
  {
    name: 'a name already loaded gets a number',
    paths: ['same.csv'],
    taken: ['same.csv'],
    titles: ['same.csv (2)'],
  },
  {
    name: 'names differing only in case clash too',
    paths: ['Same.csv', 'x.zip/same.csv'],
    taken: ['same.csv (2)'],
    titles: ['Same.csv', 'same.csv (x.zip)'],
  },
  {
    name: 'two picked files of one name (no folders) are numbered',
    paths: ['same.csv', 'same.csv'],
    taken: ['same.csv'],
    titles: ['same.csv (2)', 'same.csv (3)'],
  },
  {
    name: 'a label already taken gets a number after it',
    paths: ['x.zip/a/same.csv', 'x.zip/b/same.csv'],
    taken: ['same.csv (a)'],
    titles: ['same.csv (a, 2)', 'same.csv (b)'],
  },
])('$name', ({ paths, taken, titles }) => {
  const result = distinctTitles(paths, taken);
  expect(result).toEqual(titles);
  expect(new Set(result.map((t) => t.toLowerCase())).size).toBe(result.length);
});
