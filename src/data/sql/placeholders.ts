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
