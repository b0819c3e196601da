import { expect, test } from 'vitest';
import { isAttendanceMeasure, type MeasureName } from '../../../src/data/ees/attendance-measures';

const cases: [MeasureName, boolean][] = [
  // indicators of the attendance and absence files
  [{ column: 'enrolments_pa_50_exact_percent', label: 'Severe absence rate', concept: 'severe' }, true],
  [{ column: 'attendance_perc', label: 'Attendance rate' }, true],
  [{ column: 'sess_overall', label: 'Number of overall absence sessions' }, true],
  [{ column: 'sess_possible', label: 'Number of sessions possible' }, true],
  [{ column: 'enrolments_pa_10_exact', label: 'Number of persistent absentees' }, true],
  [{ column: 'pa_perc', label: 'Pa perc' }, true],
  [{ column: 'overall_absence', label: 'Overall absence' }, true],
  // other publications (issue 12: EHC plans, early years, exclusions, KS4)
  [{ column: 'Total_NEW_EHC', label: 'Number of new EHC plans' }, false],
  [{ column: 'gld_percent', label: 'Percentage achieving a good level of development' }, false],
  [{ column: 'perm_bullying', label: 'Bullying' }, false],
  [{ column: 't_att8', label: 'Total sum of pupils Attainment 8 scores' }, false],
  [{ column: 'enrolments', label: 'Number of pupil enrolments' }, false],
  [{ column: 'num_schools', label: 'Number of schools' }, false],
];

test.each(cases)('%o is an attendance measure: %s', (indicator, expected) => {
  expect(isAttendanceMeasure(indicator)).toBe(expected);
});

test('no indicator, no events', () => {
  expect(isAttendanceMeasure(undefined)).toBe(false);
});
