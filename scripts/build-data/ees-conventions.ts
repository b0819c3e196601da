import { columnIndex, type SortKey, type Table } from './csv-table';

/** The columns every EES data file starts with, in EES order; the phase column follows them. */
export const EES_ID_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'old_la_code',
  'new_la_code',
  'la_name',
] as const;

export const PHASE_COLUMN = 'education_phase';
export const PHASES = ['Total', 'Primary', 'Secondary', 'Special'] as const;
export type Phase = (typeof PHASES)[number];

const PHASE_ALIASES: Readonly<Record<string, Phase>> = {
  total: 'Total',
  primary: 'Primary',
  'state-funded primary': 'Primary',
  secondary: 'Secondary',
  'state-funded secondary': 'Secondary',
  special: 'Special',
};

/** Annual and characteristics files say "State-funded primary" where attendance files say "Primary". */
export function toPhase(value: string, source: string): Phase {
  const phase = PHASE_ALIASES[value.trim().toLowerCase()];
  if (!phase)
    throw new Error(`${source}: unknown education phase "${value}" (expected ${PHASES.join(', ')})`);
  return phase;
}

// One list of England and its regions for the app and the build: src/data/ees is plain TypeScript, no React.
export { ENGLAND, REGIONS } from '../../src/data/ees/geography';
import { REGIONS } from '../../src/data/ees/geography';

/** LAIT files London boroughs under Inner or Outer London, which are not ONS regions; both belong to London. */
const LONDON_PARTS = new Set(['inner london', 'outer london', 'london (inner)', 'london (outer)']);

/** A region by name, ignoring case, so "Yorkshire and the Humber" finds "Yorkshire and The Humber". */
export function regionByName(name: string): { code: string; name: string } | undefined {
  const wanted = name.trim().toLowerCase();
  const key = LONDON_PARTS.has(wanted) ? 'london' : wanted;
  return REGIONS.find((region) => region.name.toLowerCase() === key);
}

const LEVEL_ORDER = ['National', 'Regional', 'Local authority'];
const TERM_ORDER = ['Academic year', 'Autumn term', 'Spring term', 'Summer term'];

/** Terms in school-year order and weeks by number, so "Week 2" comes before "Week 10". */
export function periodRank(timeIdentifier: string): SortKey {
  const week = /^Week (\d+)$/.exec(timeIdentifier);
  if (week) return [Number(week[1]), timeIdentifier];
  const term = TERM_ORDER.indexOf(timeIdentifier);
  return [term < 0 ? TERM_ORDER.length : term, timeIdentifier];
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index < 0 ? order.length : index;
}

/** Sorts EES rows by time, then England, regions, local authorities (by region, then name), then phase. */
export function eesSortKey(table: Table, source: string): (row: readonly string[]) => SortKey {
  const at = (column: string) => columnIndex(table, column, source);
  const [period, identifier, level, region, la, phase] = [
    'time_period',
    'time_identifier',
    'geographic_level',
    'region_code',
    'la_name',
    PHASE_COLUMN,
  ].map(at) as [number, number, number, number, number, number];
  return (row) => [
    row[period] ?? '',
    ...periodRank(row[identifier] ?? ''),
    rank(LEVEL_ORDER, row[level] ?? ''),
    row[region] ?? '',
    row[la] ?? '',
    rank(PHASES, row[phase] ?? ''),
  ];
}

const DECIMAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * The shortest text that parses to the same double: LAIT writes `2.2999999999999998` and `7.0000000000000007E-2`
 * for what DfE publishes as 2.3 and 0.07. Symbols (`-`, `c`, ...) and anything that is not a plain decimal pass
 * through unchanged, and so does a number whose shortest form would need an exponent.
 */
export function canonicalNumber(text: string): string {
  if (!DECIMAL.test(text)) return text;
  const shortest = String(Number(text));
  return /e/i.test(shortest) ? text : shortest;
}
