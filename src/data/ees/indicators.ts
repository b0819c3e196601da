/** What an indicator column means: its label, unit and the decimal places DfE publishes it with. */
export interface IndicatorInfo {
  label: string;
  unit: string;
  decimals: number;
  /** Shared across publications, so one choice finds the same measure in annual, termly and weekly files. */
  concept?: Concept;
}

export type Concept =
  'severe' | 'persistent' | 'overall' | 'authorised' | 'unauthorised' | 'attendance' | 'illness';

export const CONCEPT_LABELS: Readonly<Record<Concept, string>> = {
  severe: 'Severe absence rate (missing 50% or more of sessions)',
  persistent: 'Persistent absence rate (missing 10% or more of sessions)',
  overall: 'Overall absence rate',
  authorised: 'Authorised absence rate',
  unauthorised: 'Unauthorised absence rate',
  attendance: 'Attendance rate',
  illness: 'Illness absence rate',
};

const rate = (concept: Concept, decimals: number): IndicatorInfo => ({
  label: CONCEPT_LABELS[concept],
  unit: '%',
  decimals,
  concept,
});

/** Built-in knowledge of the attendance and absence publications' column names. */
export const KNOWN_INDICATORS: Readonly<Record<string, IndicatorInfo>> = {
  enrolments_pa_50_exact_percent: rate('severe', 2),
  enrolments_pa_10_exact_percent: rate('persistent', 2),
  pa_perc: rate('persistent', 2),
  sess_overall_percent: rate('overall', 2),
  sess_authorised_percent: rate('authorised', 2),
  sess_unauthorised_percent: rate('unauthorised', 2),
  overall_absence_perc: rate('overall', 2),
  authorised_absence_perc: rate('authorised', 2),
  unauthorised_absence_perc: rate('unauthorised', 2),
  attendance_perc: rate('attendance', 2),
  illness_perc: rate('illness', 2),
  enrolments_pa_50_exact: { label: 'Severely absent pupils (missing 50% or more)', unit: '', decimals: 0 },
  enrolments_pa_10_exact: {
    label: 'Persistently absent pupils (missing 10% or more)',
    unit: '',
    decimals: 0,
  },
  enrolments: { label: 'Enrolments', unit: '', decimals: 0 },
  num_schools: { label: 'Number of schools', unit: '', decimals: 0 },
  sess_possible: { label: 'Possible sessions', unit: '', decimals: 0 },
  possible_sessions: { label: 'Possible sessions', unit: '', decimals: 0 },
  sess_overall: { label: 'Overall absence sessions', unit: '', decimals: 0 },
  overall_absence: { label: 'Overall absence sessions', unit: '', decimals: 0 },
};

// Words DfE abbreviates in column names, and the initialisms it writes in capitals.
const WORDS: Readonly<Record<string, string>> = {
  num: 'number of',
  perc: 'percentage',
  pct: 'percentage',
  sess: 'sessions',
  auth: 'authorised',
  unauth: 'unauthorised',
  excl: 'exclusions',
  avg: 'average',
};
const INITIALISMS =
  /^(fsm|sen|send|ehc|ehcp|la|lad|ks[1-5]|eyfs|ebacc|gcse|urn|id|ukprn|nc|ap|pru|fte|ons|dfe|mat|lsip|pcon)$/i;

/** A readable label for a column nobody described: `num_sess_auth_fsm` -> "Number of sessions authorised FSM". */
export function labelFromColumn(column: string): string {
  const words = column
    .split(/[_\s]+/)
    .filter((word) => word !== '')
    .map((word) => WORDS[word.toLowerCase()] ?? (INITIALISMS.test(word) ? word.toUpperCase() : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/** One formatter per number of decimals: `toLocaleString` with options builds a new one on every call (slow in tables). */
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    numberFormats.set(decimals, format);
  }
  return format;
}

export function formatValue(value: number, decimals: number, unit: string): string {
  const text = numberFormat(decimals).format(value);
  return unit === '%' ? `${text}%` : unit ? `${text} ${unit}` : text;
}

/** Rounds as published: half away from zero at the published decimal places. */
export function roundAsPublished(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}
