/** What the app needs to know about each curated file before it opens it. */
export interface DatasetSpec {
  id: string;
  file: string;
  meta: string | null;
  title: string;
  description: string;
  grain: 'Academic year' | 'Year to date' | 'Term' | 'Week';
  /** `first` is loaded before the first chart, `background` straight after, `on-demand` when a view asks. */
  load: 'first' | 'background' | 'on-demand';
  source: string;
}

export const ATTENDANCE_SOURCE =
  'DfE, "Pupil attendance in schools" (official statistics from the daily register collection, 2022/23 onwards), ' +
  'as prepared for Explore Education Statistics by the DfE dashboard repository ' +
  'dfe-analytical-services/attendance-data-dashboard';

export const ANNUAL: DatasetSpec = {
  id: 'annual_absence',
  file: 'annual_absence.csv',
  meta: 'annual_absence.meta.csv',
  title: 'Annual absence: overall, persistent and severe',
  description:
    'Overall, authorised and unauthorised absence rates and the persistent (10%+) and severe (50%+) absence rates ' +
    'for England, the nine regions and every local authority, by education phase, 2015/16 to 2024/25 ' +
    '(no figures for 2019/20).',
  grain: 'Academic year',
  load: 'first',
  source:
    'DfE, "Pupil absence in schools in England" (annual file 1_absence_3term_nat_reg_la.csv), as republished in the ' +
    'DfE Local Authority Interactive Tool: dfe-analytical-services/local-authority-interactive-tool, ' +
    '01_data/02_prod/bds_long_0.parquet (absence measures), reshaped to EES format',
};

export const YTD: DatasetSpec = {
  id: 'attendance_ytd',
  file: 'attendance_ytd.csv',
  meta: 'attendance_ytd.meta.csv',
  title: 'Attendance, academic year to date',
  description:
    'Attendance, absence, reason and persistent absence rates for the academic year to date, 2022/23 to 2025/26 ' +
    '(2025/26 is a part year), for England, regions and local authorities by education phase.',
  grain: 'Year to date',
  load: 'background',
  source: `${ATTENDANCE_SOURCE}, data/EES_ytd_data.csv (one commit per academic year)`,
};

export const TERMS: DatasetSpec = {
  id: 'attendance_terms',
  file: 'attendance_terms.csv',
  meta: 'attendance_terms.meta.csv',
  title: 'Attendance by term',
  description:
    'Attendance, absence, reason and persistent absence rates for each term from autumn 2022 to summer 2025 ' +
    '(no summer 2023 file), for England, regions and local authorities by education phase.',
  grain: 'Term',
  load: 'background',
  source: `${ATTENDANCE_SOURCE}, data/EES_aut_data.csv, EES_spr_data.csv and EES_sum_data.csv`,
};

export const WEEKLY: DatasetSpec = {
  id: 'attendance_weekly',
  file: 'attendance_weekly.csv',
  meta: 'attendance_weekly.meta.csv',
  title: 'Attendance by week (autumn terms)',
  description:
    'Weekly enrolments, sessions and attendance, absence and illness rates for the autumn-term weeks of 2022 to ' +
    '2025, for England, regions and local authorities by education phase.',
  grain: 'Week',
  load: 'on-demand',
  source: `${ATTENDANCE_SOURCE}, data/EES_weekly_data.csv and EES_weekly_data.meta.csv`,
};

export const CHARACTERISTICS: DatasetSpec = {
  id: 'severe_absence_characteristics',
  file: 'severe_absence_characteristics.csv',
  meta: 'severe_absence_characteristics.meta.csv',
  title: 'Overall absence bands by pupil characteristics',
  description:
    'Enrolments in 5% bands of overall absence, the last band being severe absence (50% or more), by free school ' +
    'meal eligibility, SEN status, sex, NC year and phase, for England and regions, 2016/17 to 2022/23 ' +
    '(no 2019/20).',
  grain: 'Academic year',
  load: 'on-demand',
  source:
    'DfE, "Pupil absence in schools in England" (distribution of overall absence by pupil characteristics), ' +
    'from the DfE dashboard repository dfe-analytical-services/absence-distributions-dashboard, ' +
    'data/absence_bands_distributions.zip',
};

export const DATASETS: readonly DatasetSpec[] = [ANNUAL, YTD, TERMS, WEEKLY, CHARACTERISTICS];

export const LICENCE = 'Open Government Licence v3.0';
export const LICENCE_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/**
 * The weekly file is the largest, so it keeps only the headline counts and rates (those present in the files), and
 * the schools reporting and open: the daily collection's coverage changed (issue #11), which can move a rate.
 */
export const WEEKLY_INDICATORS = [
  'num_schools',
  'total_num_schools',
  'enrolments',
  'possible_sessions',
  'overall_absence',
  'authorised_absence',
  'unauthorised_absence',
  'attendance_perc',
  'overall_absence_perc',
  'authorised_absence_perc',
  'unauthorised_absence_perc',
  'illness_perc',
] as const;
