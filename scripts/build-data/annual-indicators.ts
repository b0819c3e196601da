import type { Phase } from './ees-conventions';

/** An EES indicator of the annual file and the LAIT measure that feeds it for each phase. */
export interface AnnualIndicator {
  column: string;
  label: string;
  grouping: string;
  measures: Readonly<Record<Phase, string>>;
}

export const ANNUAL_INDICATORS: readonly AnnualIndicator[] = [
  {
    column: 'sess_overall_percent',
    label: 'Overall absence rate',
    grouping: 'Absence rates',
    measures: {
      Total: 'TotAbs',
      Primary: 'PriTotAbs',
      Secondary: 'SecTotAbs',
      Special: 'total_absence_special',
    },
  },
  {
    column: 'sess_authorised_percent',
    label: 'Authorised absence rate',
    grouping: 'Absence rates',
    measures: {
      Total: 'TotAuthAbs',
      Primary: 'PriAuth',
      Secondary: 'SecAuth',
      Special: 'authorised_absence_special',
    },
  },
  {
    column: 'sess_unauthorised_percent',
    label: 'Unauthorised absence rate',
    grouping: 'Absence rates',
    measures: {
      Total: 'TotUnAuthAbs',
      Primary: 'PriUnauth',
      Secondary: 'SecUnauth',
      Special: 'unauthorised_absence_special',
    },
  },
  {
    column: 'enrolments_pa_10_exact_percent',
    label: 'Persistent absence rate (missing 10% or more of sessions)',
    grouping: 'Persistent and severe absence',
    measures: {
      Total: 'TotPerAbNew',
      Primary: 'SFPriPerAbNew',
      Secondary: 'SFSecPerAbNew',
      Special: 'SpecPerAbNew',
    },
  },
  {
    column: 'enrolments_pa_50_exact_percent',
    label: 'Severe absence rate (missing 50% or more of sessions)',
    grouping: 'Persistent and severe absence',
    measures: {
      Total: 'TotSevPerAbNew',
      Primary: 'SFPriSevPerAbNew',
      Secondary: 'SFSecSevPerAbNew',
      Special: 'SpecSevPerAbNew',
    },
  },
];
