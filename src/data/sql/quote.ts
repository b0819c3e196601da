/**
 * The one place SQL text is escaped. Values never go through here: they reach SQL as `?` parameters. Identifiers
 * come from the catalogue (a file's own header, possibly hostile) and DDL-only literals (file names, column types)
 * that DuckDB cannot take as parameters.
 */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
