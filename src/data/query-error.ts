/** Every engine failure becomes one of these, carrying the SQL that failed and the engine's own words. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    message: string,
    readonly sql: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

/** What a query stopped by the user (Cancel) or by a time limit rejects with; the engine itself did not fail. */
export const stoppedQuery = (sql: string, reason: unknown): QueryError =>
  new QueryError('The query was stopped before it finished.', sql, reason);

/**
 * Engine limits and faults, in words a user can act on. DuckDB's own text for these advises settings
 * ("Use SET max_expression_depth …", "SET memory_limit …") that nobody can run here: the configuration is locked
 * (engine-lockdown.ts) and the console is read-only.
 */
const TRANSLATIONS: readonly { match: RegExp; say: string }[] = [
  {
    match: /max(imum)? expression depth/i,
    say: 'The query nests too deeply for DuckDB (too many nested expressions or UNIONs). Split it into smaller queries, or ask for fewer columns at once.',
  },
  {
    match: /out of memory/i,
    say: 'DuckDB ran out of memory in this browser tab. Ask for fewer rows or columns (a WHERE clause or a LIMIT), or remove datasets you no longer need.',
  },
  {
    match: /memory access out of bounds|unreachable|call stack size/i,
    say: 'DuckDB stopped with an internal fault (the query or file was too big for the engine in this tab).',
  },
];

/** A sentence that tells the user to change a setting or load an extension: a command they cannot run here. */
const ADVISES_A_COMMAND = /\b(SET|RESET|PRAGMA|INSTALL|LOAD)\s+[a-z_]/;

/** Drops the sentences of one line that advise a command; the CSV reader's quote of the file's line stays as it is. */
function withoutCommandAdvice(line: string): string {
  if (line.startsWith('Original Line:')) return line;
  return line
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !ADVISES_A_COMMAND.test(sentence))
    .join(' ');
}

/**
 * The engine's message for a user: translated when it is a limit or a fault, and never advising a command. Only the
 * first line is matched, since a CSV error goes on to quote the file's own text.
 */
export function engineMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const known = TRANSLATIONS.find((translation) => translation.match.test(firstLine));
  if (known) return known.say;
  return text
    .split('\n')
    .flatMap((line) => {
      const kept = withoutCommandAdvice(line);
      return kept.trim() === '' && line.trim() !== '' ? [] : [kept];
    })
    .join('\n');
}
