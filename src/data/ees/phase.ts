/**
 * The phase column was `school_type` until 2024/25 and `education_phase` from 2025/26; annual files say
 * "State-funded primary" where the attendance files say "Primary". One vocabulary lets the years line up. Some
 * files call it `phase`, the tidy table's own name for it: that column is then the phase, never hidden behind it.
 */
export const PHASE_COLUMNS = ['education_phase', 'school_type', 'phase'] as const;

const PHASE_NAMES: Readonly<Record<string, string>> = {
  total: 'Total',
  'state-funded total': 'Total',
  'all schools': 'Total',
  primary: 'Primary',
  'state-funded primary': 'Primary',
  secondary: 'Secondary',
  'state-funded secondary': 'Secondary',
  special: 'Special',
  'state-funded special': 'Special',
};

export function normalisePhase(value: string | null | undefined): string {
  const text = (value ?? '').trim();
  if (text === '') return 'Total';
  return PHASE_NAMES[text.toLowerCase()] ?? text;
}

/** SQL that maps a phase column to the shared vocabulary, so filters match across years and publications. */
export function phaseSql(columnSql: string | null): string {
  if (!columnSql) return "'Total'";
  const cases = Object.entries(PHASE_NAMES)
    .map(([raw, name]) => `WHEN '${raw}' THEN '${name}'`)
    .join(' ');
  return `CASE lower(trim(coalesce(${columnSql}, ''))) WHEN '' THEN 'Total' ${cases} ELSE trim(${columnSql}) END`;
}
