/** EES geographic levels and the columns that carry each level's code and name. */
export interface GeographicLevel {
  level: string;
  codeColumn: string;
  nameColumn: string;
}

export const GEOGRAPHIC_LEVELS: readonly GeographicLevel[] = [
  { level: 'National', codeColumn: 'country_code', nameColumn: 'country_name' },
  { level: 'Regional', codeColumn: 'region_code', nameColumn: 'region_name' },
  { level: 'Local authority', codeColumn: 'new_la_code', nameColumn: 'la_name' },
  { level: 'Local authority district', codeColumn: 'lad_code', nameColumn: 'lad_name' },
  { level: 'Parliamentary constituency', codeColumn: 'pcon_code', nameColumn: 'pcon_name' },
  { level: 'Local skills improvement plan area', codeColumn: 'lsip_code', nameColumn: 'lsip_name' },
  {
    level: 'Local enterprise partnership',
    codeColumn: 'local_enterprise_partnership_code',
    nameColumn: 'local_enterprise_partnership_name',
  },
  {
    level: 'English devolved area',
    codeColumn: 'english_devolved_area_code',
    nameColumn: 'english_devolved_area_name',
  },
  { level: 'Opportunity area', codeColumn: 'opportunity_area_code', nameColumn: 'opportunity_area_name' },
  { level: 'Ward', codeColumn: 'ward_code', nameColumn: 'ward_name' },
  { level: 'Planning area', codeColumn: 'planning_area_code', nameColumn: 'planning_area_name' },
  { level: 'MAT', codeColumn: 'trust_id', nameColumn: 'trust_name' },
  { level: 'Sponsor', codeColumn: 'sponsor_id', nameColumn: 'sponsor_name' },
  { level: 'School', codeColumn: 'school_urn', nameColumn: 'school_name' },
  { level: 'Provider', codeColumn: 'provider_ukprn', nameColumn: 'provider_name' },
  { level: 'Institution', codeColumn: 'institution_id', nameColumn: 'institution_name' },
  { level: 'Police force area', codeColumn: 'pfa_code', nameColumn: 'pfa_name' },
];

/**
 * Columns that identify a school (or other institution) rather than measure it. EES names a school by `school_urn`;
 * many files carry `urn`, `laestab` (LA number + establishment number) or `estab` instead, with `school_name`.
 */
export const SCHOOL_CODE_COLUMNS = ['school_urn', 'urn', 'school_laestab', 'laestab', 'estab'] as const;
export const SCHOOL_ID_COLUMNS = [...SCHOOL_CODE_COLUMNS, 'provider_ukprn', 'ukprn', 'upin'] as const;
export const SCHOOL_NAME_COLUMNS = ['school_name', 'establishment_name'] as const;

/** The level column is `geographic_level`; DfE's earliest EES files called it `level`. */
export const LEVEL_COLUMNS = ['geographic_level', 'level'] as const;

export const TIME_COLUMNS = ['time_period', 'time_identifier'] as const;

/** A dated file's day of each row: time, not a filter or a measure (see register-periods.ts). */
export const DATE_COLUMNS = ['date'] as const;

/** Columns that describe where and when, not what: never offered as indicators or filters. */
export const LOCATION_COLUMNS: ReadonlySet<string> = new Set([
  ...LEVEL_COLUMNS,
  ...TIME_COLUMNS,
  ...DATE_COLUMNS,
  'old_la_code',
  'academic_year',
  ...GEOGRAPHIC_LEVELS.flatMap((level) => [level.codeColumn, level.nameColumn]),
  'school_laestab',
]);

export function findLevel(level: string): GeographicLevel | undefined {
  const wanted = level.trim().toLowerCase();
  return GEOGRAPHIC_LEVELS.find((known) => known.level.toLowerCase() === wanted);
}

/** ONS codes of England's nine regions, for ordering and legends. */
export const REGIONS: readonly { code: string; name: string }[] = [
  { code: 'E12000001', name: 'North East' },
  { code: 'E12000002', name: 'North West' },
  { code: 'E12000003', name: 'Yorkshire and The Humber' },
  { code: 'E12000004', name: 'East Midlands' },
  { code: 'E12000005', name: 'West Midlands' },
  { code: 'E12000006', name: 'East of England' },
  { code: 'E12000007', name: 'London' },
  { code: 'E12000008', name: 'South East' },
  { code: 'E12000009', name: 'South West' },
];

export const ENGLAND = { code: 'E92000001', name: 'England' } as const;
