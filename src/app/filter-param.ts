import type { FilterColumn } from '../data/catalogue';
import { compareFilterValues } from '../data/ees/filter-values';

/** How the blank filter value is written in the URL, which drops empty parameters. */
export const BLANK_PARAM = '(blank)';

/** A filter value as a URL parameter. */
export function filterParam(value: string): string {
  return value === '' ? BLANK_PARAM : value;
}

/**
 * The value a URL asks for, if the filter offers it; otherwise "Total" when there is one (the usual EES default),
 * else another total ("All pupils"), else the first value as the filter lists them. A real value spelt "(blank)"
 * wins over the blank one.
 */
export function chosenFilterValue(filter: FilterColumn, param: string | undefined): string {
  if (param !== undefined && filter.values.includes(param)) return param;
  if (param === BLANK_PARAM && filter.values.includes('')) return '';
  if (filter.values.includes('Total')) return 'Total';
  return [...filter.values].sort(compareFilterValues)[0] ?? '';
}
