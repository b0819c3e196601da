import { beforeAll, describe, expect, test } from 'vitest';
import { FILE_FOLDER } from '../../../src/data/engine-lockdown';
import { columnProfileSql, readProfiles, type ColumnProfile } from '../../../src/data/load/column-profile';
import type { SqlEngine } from '../../../src/data/sql-engine';
import { bytesOf } from '../../support/dfe-files';
import { createNodeEngine } from '../../support/node-engine';

let engine: SqlEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
}, 60_000);

/** Profiles a small CSV read as text, the way the load path samples a file before building its table. */
async function profile(csv: string, columns: readonly string[]): Promise<ColumnProfile[]> {
  const name = `${FILE_FOLDER}profile-${Math.random().toString(36).slice(2)}.csv`;
  await engine.registerFile(name, bytesOf(csv));
  try {
    const relation = `(SELECT * FROM read_csv('${name}', header = true, all_varchar = true) LIMIT 20000)`;
    return readProfiles(await engine.query(columnProfileSql(relation, columns)), columns);
  } finally {
    await engine.dropFile(name);
  }
}

const CSV = [
  'urn,enrolments,rate,note,"odd ""name""",empty',
  '100001,480654, 7.25 ,a,1,',
  '100002,12,c,b,2,',
  '100003,1.234,x,a,1e3,',
  '100004,"1,234",7.5,,-2,',
].join('\n');

const expected: [string, Partial<ColumnProfile>][] = [
  [
    'urn',
    {
      rows: 4,
      nonEmpty: 4,
      numeric: 4,
      integers: 4,
      maxDecimals: 0,
      distinct: 4,
      minLength: 6,
      maxLength: 6,
      codeLike: 4,
    },
  ],
  // "1,234" is not a plain number: the EES standard writes numbers without thousands separators.
  [
    'enrolments',
    {
      nonEmpty: 4,
      numeric: 3,
      numberLike: 1,
      integers: 2,
      maxDecimals: 3,
      missing: 0,
      minLength: 2,
      maxLength: 6,
    },
  ],
  [
    'rate',
    { nonEmpty: 4, numeric: 2, integers: 0, maxDecimals: 2, missing: 2, samples: ['7.25', '7.5', 'c', 'x'] },
  ],
  ['note', { nonEmpty: 3, numeric: 0, numberLike: 0, distinct: 2, samples: ['a', 'b'] }],
  ['odd "name"', { numeric: 4, integers: 3, maxDecimals: 0 }],
  ['empty', { rows: 4, nonEmpty: 0, numeric: 0, distinct: 0, samples: [] }],
];

describe('one query profiles every column of a sample read as text', () => {
  let profiles: ColumnProfile[] = [];
  beforeAll(async () => {
    profiles = await profile(CSV, ['urn', 'enrolments', 'rate', 'note', 'odd "name"', 'empty']);
  }, 60_000);
  test.each(expected)('%s', (column, measures) => {
    expect(profiles.find((p) => p.column === column)).toMatchObject(measures);
  });
});
