/** The columns of a tidy view that say when and where a figure is, in the order observations repeats them. */
export const TIDY_PLACE_COLUMNS = [
  'period',
  'grain',
  'period_start',
  'period_end',
  'level',
  'area_code',
  'area_name',
  'region_code',
  'phase',
] as const;

/** The columns of the observations view, in order, as analysts' own SQL reads them. */
export const OBSERVATIONS_COLUMNS = [
  'dataset',
  ...TIDY_PLACE_COLUMNS,
  'breakdown',
  'indicator',
  'value',
  'flag',
];
