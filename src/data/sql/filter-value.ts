import { quoteIdent } from './quote';

/**
 * A filter column's value as the filters offer it (stored trimmed when the file was read), with an empty cell and a
 * missing one both the blank value ''. Choosing "(blank)" must find those rows, which `column = ''` would miss for NULL.
 */
export function filterValueSql(column: string, tableAlias?: string): string {
  const reference = tableAlias ? `${tableAlias}.${quoteIdent(column)}` : quoteIdent(column);
  return `coalesce(${reference}, '')`;
}
