import type { Concept } from './indicators';

/**
 * Whether an indicator measures attendance or absence, the subject of the alliance's events. Their markers are
 * timing beside a line, and beside a line of EHC plans or early-years outcomes they suggest a link nobody claimed,
 * so other charts show them only when asked.
 */
export interface MeasureName {
  column: string;
  label: string;
  concept?: Concept;
}

// Words of attendance and absence in labels and column names; session counts are the register's own unit.
const LABEL_WORDS =
  /\b(attendance|attending|attended|absence|absences|absent|absentees?|truancy|sessions?)\b/i;
const COLUMN_WORDS =
  /(^|_)(attendance|absence|absent|absentees?|sess|sessions?|pa_10|pa_50|pa_perc|truancy)(_|$)/i;

export function isAttendanceMeasure(indicator: MeasureName | undefined | null): boolean {
  if (!indicator) return false;
  if (indicator.concept) return true;
  return LABEL_WORDS.test(indicator.label) || COLUMN_WORDS.test(indicator.column);
}
