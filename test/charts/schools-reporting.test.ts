import { expect, test } from 'vitest';
import { schoolsText } from '../../src/charts/schools-reporting';

// Issue #11 point 10. Figures from data/attendance_ytd.csv, England, Total: num_schools is a mean over the days.
test.each<[number, number | null, string]>([
  [17586.7015706806, 22005, '17,587 of 22,005 schools reporting (80%)'],
  [20747.2978723404, 21313, '20,747 of 21,313 schools reporting (97%)'],
  [19766.4278074866, null, '19,766 schools reporting'],
  // North East, 2024/25 year to date: 99.5% is not every school.
  [1089.9, 1095, '1,090 of 1,095 schools reporting (99%)'],
  [1095, 1095, '1,095 of 1,095 schools reporting (100%)'],
])('%s of %s', (reporting, total, text) => {
  expect(schoolsText({ reporting, total })).toBe(text);
});
