import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { academicYear, allianceSection, filledByYears } from '../../scripts/build-data/readme';

describe('allianceSection keeps what another engineer wrote', () => {
  test.each([
    { name: 'no README yet', previous: null, keeps: '_To be written' },
    { name: 'README without the section', previous: '# Data\n\n## Files\n', keeps: '_To be written' },
    {
      name: 'section in the middle',
      previous: '# Data\n\n## Alliance timeline\n\nEvents from press releases.\n\n## Rebuilding\n\nx\n',
      keeps: '## Alliance timeline\n\nEvents from press releases.\n',
    },
    {
      name: 'section at the end, with a table',
      previous: '## Files\n\n## Alliance timeline\n\n| a | b |\n|---|---|\n\n',
      keeps: '## Alliance timeline\n\n| a | b |\n|---|---|\n',
    },
  ])('$name', ({ previous, keeps }) => {
    const section = allianceSection(previous);
    expect(section.startsWith('## Alliance timeline\n')).toBe(true);
    expect(section).toContain(keeps);
    expect(section).not.toContain('## Rebuilding');
  });
});

test.each([
  ['201516', '2015/16'],
  ['202425', '2024/25'],
  ['2022', '2022'],
])('academicYear(%s) is %s', (period, label) => {
  expect(academicYear(period)).toBe(label);
});

test('filledByYears groups columns by the years that lack them', () => {
  expect(
    filledByYears([
      {
        column: 'a',
        files: ['2022-23/EES_aut_data.csv', '2022-23/EES_spr_data.csv', '2023-24/EES_aut_data.csv'],
      },
      { column: 'b', files: ['2022-23/EES_aut_data.csv', '2023-24/EES_sum_data.csv'] },
      { column: 'c', files: ['2024-25/EES_ytd_data.csv'] },
    ]),
  ).toEqual(['- 2022-23, 2023-24: `a`, `b`', '- 2024-25: `c`']);
});

// Issue #26: 2019/20 had an autumn-term release, so the README never says there was no collection at all.
test('data/README.md says what DfE published for 2019/20', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  expect(readme).not.toContain('no summer-term collection');
  expect(readme).toContain('DfE published the autumn term 2019 only');
});
