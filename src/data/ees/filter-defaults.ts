import { compareFilterValues, isTotalValue } from './filter-values';

/**
 * Filter choices that find rows. Each filter has its own values, but not every mix of them exists in a file (year
 * of admission "7" with phase "Primary"; a characteristic without its group), so defaults are read from the
 * combinations that exist: the caller asks `SELECT DISTINCT f1, f2, … FROM the view LIMIT n`.
 */
export type Combination = Readonly<Record<string, string>>;

// Lexicographic: the caller's wishes first (the filter it names `keep` above all, then specific values over totals,
// which are more often defaults than choices), then combinations whose rows do not repeat, then the most total
// values, then totals filter by filter in the file's order.
function score(
  combination: Combination,
  columns: readonly string[],
  wanted: Combination,
  keep: string | null,
  repeated: ReadonlySet<Combination>,
): number[] {
  const kept = keep !== null && wanted[keep] !== undefined && combination[keep] === wanted[keep] ? 1 : 0;
  const matched = columns.filter((c) => wanted[c] !== undefined && combination[c] === wanted[c]);
  const specific = matched.filter((c) => !isTotalValue(wanted[c] ?? '')).length;
  const totals = columns.map((c): number => (isTotalValue(combination[c] ?? '') ? 1 : 0));
  const totalCount = totals.reduce((sum, t) => sum + t, 0);
  // Rows the file repeats under a combination are gaps on the chart: a combination without repeats comes first.
  const drawable = repeated.has(combination) ? 0 : 1;
  return [kept, specific, matched.length, drawable, totalCount, ...totals];
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function compareCombinations(a: Combination, b: Combination, columns: readonly string[]): number {
  for (const column of columns) {
    const order = compareFilterValues(a[column] ?? '', b[column] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/** The existing combinations, best first for `wanted` (the choices a link or the user asked for). */
function ranked(
  columns: readonly string[],
  combinations: readonly Combination[],
  wanted: Combination,
  keep: string | null,
  repeated: ReadonlySet<Combination> = new Set(),
): Combination[] {
  return combinations
    .map((combination) => ({ combination, score: score(combination, columns, wanted, keep, repeated) }))
    .sort(
      (a, b) => compareScores(a.score, b.score) || compareCombinations(a.combination, b.combination, columns),
    )
    .map((entry) => entry.combination);
}

const pick = (combination: Combination, columns: readonly string[]): Record<string, string> =>
  Object.fromEntries(columns.map((c) => [c, combination[c] ?? '']));

/**
 * Choices for every filter that together match rows: those `wanted` where they exist together, else the nearest
 * combination that exists, preferring "Total"/"All" values. A grouped filter and its group come from one
 * combination, so they move together. `keep` names the filter the user just changed: its value is kept if any
 * combination has it. A combination in `repeated` (the file repeats a period and area under it, so the chart
 * would be gaps there) is chosen only when asked for or when nothing else is near. Empty when there are no
 * combinations (a file without filters).
 */
export function pickDefaults(
  columns: readonly string[],
  combinations: readonly Combination[],
  wanted: Combination = {},
  keep: string | null = null,
  repeated: ReadonlySet<Combination> = new Set(),
): Record<string, string> {
  const [best] = ranked(columns, combinations, wanted, keep, repeated);
  return best ? pick(best, columns) : {};
}

export interface EmptyChoice {
  column: string;
  chosen: string;
  /** The value that, with the other choices, finds figures. */
  suggested: string;
}

export interface EmptyExplanation {
  /** The choices that empty the chart: each one differs from the nearest combination with figures. */
  culprits: EmptyChoice[];
  /** The nearest choices that have figures (the fewest changes, then totals). */
  nearest: Record<string, string>;
}

/**
 * Why `chosen` finds no rows, or null when it does: which choices empty the chart and the nearest choices that
 * have figures, for "No figures for these choices" to say what to change.
 */
export function explainEmptyChoice(
  columns: readonly string[],
  combinations: readonly Combination[],
  chosen: Combination,
): EmptyExplanation | null {
  if (combinations.some((c) => columns.every((column) => c[column] === chosen[column]))) return null;
  const [nearest] = ranked(columns, combinations, chosen, null);
  if (!nearest) return null;
  const culprits = columns
    .filter((column) => nearest[column] !== chosen[column])
    .map((column) => ({ column, chosen: chosen[column] ?? '', suggested: nearest[column] ?? '' }));
  return { culprits, nearest: pick(nearest, columns) };
}
