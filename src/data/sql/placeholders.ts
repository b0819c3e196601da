import type { SqlValue } from '../sql-engine';

/**
 * Values for a statement being written: `p(value)` returns a `?` and keeps the value, so as long as each `p` is
 * called in the order its placeholder appears in the text, each `?` meets its own value.
 */
export function placeholders(): { params: SqlValue[]; p: (value: SqlValue) => string } {
  const params: SqlValue[] = [];
  return {
    params,
    p: (value) => {
      params.push(value);
      return '?';
    },
  };
}

/** One `?` per value, for `x IN (…)`; NULL for none, so an empty list matches nothing rather than failing to parse. */
export const questionMarks = (values: readonly unknown[]): string =>
  values.map(() => '?').join(', ') || 'NULL';
