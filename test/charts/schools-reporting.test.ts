import { expect, test } from 'vitest';
import { schoolsText } from '../../src/charts/schools-reporting';

// Issue #11 point 10. Figures from data/attendance_ytd.csv, England, Total: num_schools is a mean over the days,
// so (issue #26 point 9) it keeps one decimal and says "on average", and the share agrees with the counts.
test.each<[number, number | null, string]>([
  [17586.7015706806, 22005, '17,586.7 of 22,005 schools reporting on average (80%)'],
  [20747.2978723404, 21313, '20,747.3 of 21,313 schools reporting on average (97%)'],
  [19766.4278074866, null, '19,766.4 schools reporting on average'],
  // North East, 2024/25 year to date: 99.5% is not every school.
  [1089.9, 1095, '1,089.9 of 1,095 schools reporting on average (99%)'],
  [1095, 1095, '1,095 of 1,095 schools reporting (100%)'],
  // Knowsley primary, 2024/25 year to date: 49.73 of 50 once read "50 of 50 schools reporting (99%)".
  [49.73, 50, '49.7 of 50 schools reporting on average (99%)'],
  [1, null, '1 school reporting'],
])('%s of %s', (reporting, total, text) => {
  expect(schoolsText({ reporting, total })).toBe(text);
});
