import { KNOWN_INDICATORS } from '../ees/indicators';
import { SCHOOL_ID_COLUMNS } from '../ees/geography';
import type { ColumnProfile } from './column-profile';

/** What a column is, judged from its name and a sample of its values, when no `.meta.csv` says. */
export type ColumnKind = 'indicator' | 'filter' | 'identifier' | 'other';

/** A column whose numbers are measures when at least this share of its filled, non-symbol cells are numbers. */
export const NUMERIC_SHARE = 0.9;
/** A text column with more distinct values than this, most of them different, is a description, not a filter. */
const MAX_FILTER_VALUES = 500;

// Names that carry identifiers: `urn`, `school_urn`, `trust_id`, `ukprn`, `la_code` …
const ID_NAME = /(^|_)(urn|laestab|estab|ukprn|upin|uprn|id|code|number)$/i;
// Coded filters that look numeric: a year group is "7", not a measure of 7.
const CODED_FILTER = /(^|_)(nc_?year\w*|ncyear\w*|year_?group|age|age_?band|key_?stage)$/i;
const SCHOOL_IDS: ReadonlySet<string> = new Set(SCHOOL_ID_COLUMNS);

const filled = (p: ColumnProfile): number => p.nonEmpty - p.missing;

export function numericShare(p: ColumnProfile): number {
  const cells = filled(p);
  return cells > 0 ? p.numeric / cells : 0;
}

/**
 * The share of numbers counting those written in another format ("1.234,5", "1,234", "4%"): a few such cells do
 * not make a column of figures a filter; they become gaps that say what the file has.
 */
function numberShare(p: ColumnProfile): number {
  const cells = filled(p);
  return cells > 0 && p.numeric > 0 ? (p.numeric + p.numberLike) / cells : 0;
}

/** One width of whole numbers (URN 100000, LAESTAB 2013614) or ONS-style codes: labels, never amounts. */
function valuesLookLikeIds(p: ColumnProfile): boolean {
  const cells = filled(p);
  if (cells === 0) return false;
  const oneWidth = p.minLength === p.maxLength && p.minLength >= 4;
  return p.codeLike >= cells * NUMERIC_SHARE || (oneWidth && p.integers >= cells * NUMERIC_SHARE);
}

/** A profile read before the values were (the old load path): only names can be judged. */
export const hasValues = (p: ColumnProfile): boolean => p.rows > 0;

function identifierByName(p: ColumnProfile): ColumnKind | null {
  if (SCHOOL_IDS.has(p.column.toLowerCase())) return 'identifier';
  if (!ID_NAME.test(p.column)) return null;
  if (!hasValues(p) || valuesLookLikeIds(p)) return 'identifier';
  // `unknown_id` holding counts of varying width is a measure that happens to end in _id.
  if (numericShare(p) >= NUMERIC_SHARE) return 'indicator';
  return p.distinct <= MAX_FILTER_VALUES ? 'filter' : 'identifier';
}

/**
 * Numbers beside missing-value symbols (c, x, z, low …): the EES standard puts those symbols in indicators only, never
 * in a filter's values, so such a column is a measure whatever its name says (SEN2's `discontinued_age` is a count).
 */
function holdsSymbolsAmongNumbers(p: ColumnProfile): boolean {
  return p.missing > 0 && (filled(p) === 0 || numberShare(p) >= NUMERIC_SHARE);
}

/** The kind of a column no meta file describes; location and time columns are settled before this. */
export function inferKind(p: ColumnProfile): ColumnKind {
  if (KNOWN_INDICATORS[p.column]) return 'indicator';
  const byName = identifierByName(p);
  if (byName) return byName;
  if (holdsSymbolsAmongNumbers(p)) return 'indicator';
  if (CODED_FILTER.test(p.column)) return 'filter';
  if (p.nonEmpty === 0) return 'other';
  // Every filled cell a symbol (all suppressed in the sample) is still a measure, just one with gaps.
  if (filled(p) === 0 || numberShare(p) >= NUMERIC_SHARE) return 'indicator';
  if (p.distinct > MAX_FILTER_VALUES && p.distinct > p.nonEmpty / 2) return 'other';
  return 'filter';
}

/** Decimal places read from the figures: whole numbers are shown whole; float noise is cut at 2. */
export function decimalsFromValues(p: ColumnProfile): number | null {
  if (!hasValues(p)) return null;
  if (p.numeric === 0 || p.integers === p.numeric) return 0;
  return Math.min(p.maxDecimals, 2);
}

const PERCENT_NAME = /(_percent|_percentage|_perc|_pct|_rate)$|^(percent|percentage|pct)_/;

/** `_percent`, `_percentage`, `_perc`, `_pct` and `_rate` columns are percentages (lower-case EES names only). */
export const unitFromName = (column: string): string => (PERCENT_NAME.test(column) ? '%' : '');
