import { expect, test } from 'vitest';
import { coverageCaveatText } from '../../src/charts/schools-reporting';
import { coverageBasisOf } from '../../src/data/coverage-basis';

// Issue #26 point 10: the warning about which schools chose to share data belongs to the daily collection; the
// census-based files say what they count instead.
test.each([
  ['annual_absence', 'default', false, /^These figures come from the school census/],
  ['severe_absence_characteristics', 'default', false, /^These figures come from the school census/],
  ['attendance_ytd', 'default', true, /^The number of schools reporting is shown beside each figure/],
  ['attendance_ytd', 'default', false, /^This file does not give the number of schools reporting/],
  ['annual_absence', 'user', false, /^This file does not give the number of schools reporting/],
] as const)('%s (%s), counted %s', (id, origin, counted, text) => {
  const words = coverageCaveatText(counted, coverageBasisOf({ id, origin }));
  expect(words).toMatch(text);
  if (coverageBasisOf({ id, origin }) === 'census') expect(words).not.toMatch(/ruled out|can move a rate/);
});
