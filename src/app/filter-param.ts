import type { FilterColumn } from '../data/catalogue';
import { compareFilterValues } from '../data/ees/filter-values';

/** How the blank filter value is written in the URL, which drops empty parameters. */
export const BLANK_PARAM = '(blank)';

/** A filter value as a URL parameter. */
export function filterParam(value: string): string {
  return value === '' ? BLANK_PARAM : value;
}

/**
 * The one rule for a filter parameter: the value it names, if the filter offers it, else undefined (a value from
 * another file, or one edited by hand). A real value spelt "(blank)" wins over the blank one.
 */
export function namedFilterValue(filter: FilterColumn, param: string | undefined): string | undefined {
  if (param !== undefined && filter.values.includes(param)) return param;
  if (param === BLANK_PARAM && filter.values.includes('')) return '';
  return undefined;
}

/** Filter values as the URL writes them, by column. */
export const filterParams = (values: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([column, value]) => [column, filterParam(value)]));

/**
 * The value a URL names (namedFilterValue); otherwise "Total" when there is one (the usual EES default), else
 * another total ("All pupils"), else the first value as the filter lists them.
 */
export function chosenFilterValue(filter: FilterColumn, param: string | undefined): string {
  const named = namedFilterValue(filter, param);
  if (named !== undefined) return named;
  if (filter.values.includes('Total')) return 'Total';
  return [...filter.values].sort(compareFilterValues)[0] ?? '';
}
