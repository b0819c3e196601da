import type { Dataset } from '../../src/data/catalogue';

/**
 * The names the app gives the default annual absence dataset (data/manifest.json; its table `raw_<id>`, its view
 * `ds_<id>`): the start of a Dataset made by hand, the figures after it each test's own.
 */
export const ANNUAL_ABSENCE_NAMES = {
  id: 'annual_absence',
  fileName: 'annual_absence.csv',
  title: 'Annual absence',
  origin: 'default',
  source: null,
  table: 'raw_annual_absence',
  view: 'ds_annual_absence',
} as const satisfies Partial<Dataset>;
