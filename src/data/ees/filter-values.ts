/**
 * The order and meaning of filter values. EES files write a filter's overall value as "Total" (the standard's
 * default), and some as "All …"; numbers in values (ages, year groups, bands like "0 to 5") are numbers.
 */
const TOTAL_VALUE = /^(total|all|overall|all .+|.+ total)$/i;

/** "Total", "All", "All pupils", "State-funded total": the value a filter starts at, where the file has one. */
export function isTotalValue(value: string): boolean {
  return TOTAL_VALUE.test(value.trim());
}

const NATURAL = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/**
 * Filter values as a person lists them: the totals first, then in natural order (numbers as numbers, so "2" comes
 * before "10" and "6 to 10" before "11 to 15"), the blank value last.
 */
export function compareFilterValues(a: string, b: string): number {
  if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
  const totalA = isTotalValue(a);
  if (totalA !== isTotalValue(b)) return totalA ? -1 : 1;
  if (NUMBER.test(a.trim()) && NUMBER.test(b.trim())) {
    const difference = Number(a) - Number(b);
    if (difference !== 0) return difference;
  }
  return NATURAL.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
