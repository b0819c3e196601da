/**
 * The columns that place a row of an EES file from England down to local authority, in the order files give them:
 * the level, then each level's code and name (see src/data/ees/geography.ts).
 */
export const EES_PLACE_COLUMNS_TO_LA = [
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'new_la_code',
  'la_name',
] as const;
