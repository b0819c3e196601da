import { unzipSync } from 'fflate';
import { cell, columnIndex, sortRows, type Table } from './csv-table';
import { EES_ID_COLUMNS, eesSortKey, PHASE_COLUMN, toPhase } from './ees-conventions';

/** The zip's CSV has no header row; SOURCES.md gives its columns in this order. */
export const BAND_SOURCE_COLUMNS = [
  'time_identifier',
  'time_period',
  'geographic_level',
  'country_code',
  'country_name',
  'region_name',
  'region_code',
  'old_la_code',
  'new_la_code',
  'la_name',
  'school_type',
  'fsm_eligible',
  'sen_status',
  'gender',
  'NCyearActual',
  ...Array.from({ length: 10 }, (_, i) => `pct${5 * (i + 1)}_OARate`),
  'pct50plus_OARate',
] as const;

/** A source column, its EES name and label. */
export interface Renamed {
  source: string;
  column: string;
  label: string;
}

/** `pctX_OARate` counts enrolments with overall absence in [X-5, X)%; `pct50plus_OARate` counts 50% or more. */
export const BANDS: readonly Renamed[] = [
  ...Array.from({ length: 10 }, (_, i) => ({
    source: `pct${5 * (i + 1)}_OARate`,
    // DfE's own EES naming for these bands (absence-distributions-dashboard, absence_bands_distributions.meta.csv).
    column: `enrolments_overall_${5 * i}_${5 * (i + 1)}`,
    label: `Enrolments with overall absence in [${5 * i}%, ${5 * (i + 1)}%)`,
  })),
  {
    source: 'pct50plus_OARate',
    column: 'enrolments_overall_50_plus',
    label: 'Enrolments with overall absence of 50% or more',
  },
];

export const SEVERE_BAND = 'enrolments_overall_50_plus';

/** The characteristic filters, in output order after the phase, with their EES names and labels. */
export const FILTERS: readonly Renamed[] = [
  { source: 'fsm_eligible', column: 'fsm_eligible', label: 'Free school meal eligibility' },
  { source: 'sen_status', column: 'sen_status', label: 'Special educational needs status' },
  { source: 'gender', column: 'sex', label: 'Sex' },
  { source: 'NCyearActual', column: 'nc_year', label: 'National curriculum year' },
];

/** The one CSV inside the zip, as text (a byte-order mark is dropped by the decoder). */
export function readZippedCsv(zip: Uint8Array, source: string): string {
  const files = Object.entries(
    unzipSync(zip, { filter: (file) => file.name.toLowerCase().endsWith('.csv') }),
  );
  const only = files[0];
  if (!only || files.length > 1) throw new Error(`${source}: expected one CSV inside, found ${files.length}`);
  return new TextDecoder('utf-8', { fatal: true }).decode(only[1]);
}

/** NC years sort as numbers (1, 2, ..., 11, not 1, 10, 11, 2); anything else compares as text. */
function yearNumber(text: string): number | string {
  return /^\d+$/.test(text) ? Number(text) : text;
}

const KEPT_LEVELS = new Set(['National', 'Regional']);

/**
 * National and Regional rows (Regional includes DfE's Inner and Outer London), padding trimmed, EES column order
 * and names, phase as `education_phase`. Counts are copied unchanged.
 */
export function buildCharacteristics(raw: Table, source: string): Table {
  const at = (column: string) => columnIndex(raw, column, source);
  const level = at('geographic_level');
  const phase = at('school_type');
  const ids = EES_ID_COLUMNS.map(at);
  const filters = FILTERS.map((filter) => at(filter.source));
  const bands = BANDS.map((band) => at(band.source));
  const rows: string[][] = [];
  for (const row of raw.rows) {
    if (!KEPT_LEVELS.has(cell(row, level).trim())) continue;
    const text = (index: number) => cell(row, index).trim();
    rows.push([...ids.map(text), toPhase(text(phase), source), ...filters.map(text), ...bands.map(text)]);
  }
  const header = [
    ...EES_ID_COLUMNS,
    PHASE_COLUMN,
    ...FILTERS.map((filter) => filter.column),
    ...BANDS.map((band) => band.column),
  ];
  const table = { header, rows };
  const key = eesSortKey(table, source);
  const filterAt = FILTERS.map((filter) => header.indexOf(filter.column));
  const year = header.indexOf('nc_year');
  return sortRows(table, (row) => [
    ...key(row),
    ...filterAt.map((index) => (index === year ? yearNumber(row[index] ?? '') : (row[index] ?? ''))),
  ]);
}

/**
 * Severe absence rate (%) of one year at one level: enrolments in the 50%-or-more band over enrolments in all bands,
 * summed over every row (all three phases and every characteristic; there is no Total row).
 */
export function severeRate(table: Table, timePeriod: string, level = 'National'): number {
  const at = (column: string) => columnIndex(table, column, 'severe_absence_characteristics');
  const [period, geography, severe] = [at('time_period'), at('geographic_level'), at(SEVERE_BAND)];
  const bands = BANDS.map((band) => at(band.column));
  let severeCount = 0;
  let all = 0;
  for (const row of table.rows) {
    if (cell(row, period) !== timePeriod || cell(row, geography) !== level) continue;
    severeCount += Number(cell(row, severe));
    for (const band of bands) all += Number(cell(row, band));
  }
  if (all === 0) throw new Error(`severe_absence_characteristics: no ${level} rows for ${timePeriod}`);
  return (100 * severeCount) / all;
}
