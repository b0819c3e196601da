/**
 * The SQL console's first look at what an analyst typed, to refuse in plain words what it will not run: a statement
 * that would change the app's tables, settings or transactions, more than one statement, or a query that names files
 * or the network (DuckDB-WASM fetches `read_csv('https://…')` and extensions over HTTP). The lexer follows DuckDB's
 * rules for comments, strings and quoted names, but it is not what keeps the console read-only: whatever it lets
 * through is run as DuckDB's parser reads it (read-only-statement.ts), one statement in a read-only transaction.
 */
type TokenKind = 'word' | 'string' | 'quoted' | 'symbol';

interface Token {
  kind: TokenKind;
  /** Lower-case for a word; the content, unescaped enough to inspect, for a string or quoted name. */
  text: string;
  at: number;
}

/** `query` and `inspect` (DESCRIBE, SHOW, SUMMARIZE) can stand in a subquery; EXPLAIN cannot. */
export type StatementKind = 'query' | 'inspect' | 'explain';

export type ConsoleCheck =
  { ok: true; kind: StatementKind; statement: string } | { ok: false; reason: string };

const QUERY_STARTS = new Set(['select', 'with', 'from', 'values', 'table', 'pivot', 'unpivot']);
const INSPECT_STARTS = new Set(['describe', 'desc', 'show', 'summarize']);
/** Words that change tables, settings, transactions or extensions wherever they appear (after WITH or EXPLAIN too). */
// prettier-ignore
const MODIFYING = new Set([
  'insert', 'update', 'delete', 'merge', 'create', 'drop', 'alter', 'truncate', 'copy', 'attach', 'detach',
  'install', 'load', 'set', 'reset', 'export', 'import', 'checkpoint', 'vacuum', 'call', 'pragma', 'begin',
  'commit', 'rollback', 'use', 'prepare', 'execute', 'deallocate',
]);
/** Table functions that open files or URLs, or run SQL held in a string the check cannot see into. */
const QUALIFIERS = new Set(['or', 'replace', 'temp', 'temporary', 'force', 'persistent']);
// prettier-ignore
const OBJECTS = new Set([
  'table', 'view', 'schema', 'macro', 'function', 'sequence', 'type', 'index', 'secret', 'database', 'into', 'from',
  'transaction',
]);
const FILE_FUNCTION =
  /^(read_\w+|\w+_scan|parquet_\w+|iceberg_\w+|delta_\w+|sqlite_\w+|st_read\w*|glob|sniff_csv|query|query_table)$/;
const FILE_NAME = /\.(csv|tsv|txt|parquet|json|jsonl|ndjson|xlsx|arrow|avro|db|duckdb|sqlite|gz|zst)$|^[/~]/i;
const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
/** `$$` or `$tag$` opens a dollar-quoted string; `$1` and `$name` are parameters. */
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/;

function readQuoted(sql: string, from: number, quote: string, backslash: boolean): [string, number] {
  let text = '';
  let i = from + 1;
  while (i < sql.length) {
    const char = sql[i] ?? '';
    if (backslash && char === '\\') {
      text += sql[i + 1] ?? '';
      i += 2;
    } else if (char === quote && sql[i + 1] === quote) {
      text += quote;
      i += 2;
    } else if (char === quote) {
      return [text, i + 1];
    } else {
      text += char;
      i += 1;
    }
  }
  // Unterminated: DuckDB refuses the whole text, so nothing after the quote can run.
  return [text, sql.length];
}

function skipBlockComment(sql: string, from: number): number {
  let depth = 0;
  let i = from;
  while (i < sql.length) {
    if (sql.startsWith('/*', i)) {
      depth += 1;
      i += 2;
    } else if (sql.startsWith('*/', i)) {
      depth -= 1;
      i += 2;
      if (depth === 0) return i;
    } else i += 1;
  }
  return sql.length;
}

function lineEnd(sql: string, from: number): number {
  const end = sql.slice(from).search(/[\r\n]/);
  return end === -1 ? sql.length : from + end;
}

/** Splits SQL into words, strings, quoted names and symbols; comments are dropped. */
function lexSql(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const char = sql[i] ?? '';
    const at = i;
    if (/\s/.test(char)) i += 1;
    // DuckDB ends a -- comment at a carriage return as well as at a line feed.
    else if (sql.startsWith('--', i)) i = lineEnd(sql, i);
    else if (sql.startsWith('/*', i)) i = skipBlockComment(sql, i);
    else if (char === "'" || char === '"') {
      const [text, end] = readQuoted(sql, i, char, false);
      tokens.push({ kind: char === "'" ? 'string' : 'quoted', text, at });
      i = end;
    } else if (/[eE]/.test(char) && sql[i + 1] === "'") {
      // E'…' strings take backslash escapes, so E'\'' is one string.
      const [text, end] = readQuoted(sql, i + 1, "'", true);
      tokens.push({ kind: 'string', text, at });
      i = end;
    } else if (WORD_START.test(char) || /[0-9]/.test(char)) {
      let end = i + 1;
      while (end < sql.length && WORD_PART.test(sql[end] ?? '')) end += 1;
      tokens.push({ kind: 'word', text: sql.slice(i, end).toLowerCase(), at });
      i = end;
    } else if (char === '$' && DOLLAR_TAG.test(sql.slice(i))) {
      const tag = DOLLAR_TAG.exec(sql.slice(i))?.[0] ?? '$$';
      const close = sql.indexOf(tag, i + tag.length);
      const end = close === -1 ? sql.length : close + tag.length;
      tokens.push({ kind: 'string', text: sql.slice(i + tag.length, close === -1 ? sql.length : close), at });
      i = end;
    } else {
      tokens.push({ kind: 'symbol', text: char, at });
      i += 1;
    }
  }
  return tokens;
}

const readOnly = (what: string) =>
  `The console is read-only: ${what} would change the app’s tables or settings, so it was not run. Query the loaded tables with SELECT, DESCRIBE or SUMMARIZE.`;

const refuse = (reason: string): ConsoleCheck => ({ ok: false, reason });

function reachProblem(tokens: readonly Token[]): string | null {
  for (const [index, token] of tokens.entries()) {
    const name = token.text.toLowerCase();
    const called = tokens[index + 1]?.text === '(';
    if ((token.kind === 'word' || token.kind === 'quoted') && called && FILE_FUNCTION.test(name))
      return `${name}() reads files or the network; the console only queries the tables already loaded (add files in the Data panel).`;
    if ((token.kind === 'string' || token.kind === 'quoted') && name.includes('://'))
      return `“${token.text}” is a network address; the console never fetches anything, it only queries the tables already loaded.`;
    if ((token.kind === 'string' || token.kind === 'quoted') && FILE_NAME.test(token.text))
      return `“${token.text}” looks like a file; the console only queries the tables already loaded (add files in the Data panel).`;
  }
  return null;
}

/** Allows one statement that reads (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN). */
export function checkConsoleSql(sql: string): ConsoleCheck {
  const tokens = lexSql(sql);
  const statements: { tokens: Token[]; end: number }[] = [{ tokens: [], end: sql.length }];
  for (const token of tokens) {
    const current = statements.at(-1);
    if (!current) break;
    if (token.kind === 'symbol' && token.text === ';') {
      current.end = token.at;
      statements.push({ tokens: [], end: sql.length });
    } else current.tokens.push(token);
  }
  const nonEmpty = statements.filter((s) => s.tokens.length > 0);
  const [only] = nonEmpty;
  if (!only) return refuse('There is no SQL to run: write a query first.');
  if (nonEmpty.length > 1)
    return refuse(
      `Run one statement at a time: this text holds ${nonEmpty.length} statements separated by “;”.`,
    );

  const statement = only.tokens;
  const [first] = statement;
  const lead = first?.kind === 'word' ? first.text : '';
  // "CREATE OR REPLACE TEMP VIEW" is named by its first and its object word: "CREATE VIEW".
  const object = statement.slice(1).find((t) => t.kind === 'word' && !QUALIFIERS.has(t.text))?.text ?? '';
  let kind: StatementKind;
  if ((first?.kind === 'symbol' && first.text === '(') || QUERY_STARTS.has(lead)) kind = 'query';
  else if (INSPECT_STARTS.has(lead)) kind = 'inspect';
  else if (lead === 'explain') kind = 'explain';
  else if (lead === 'pragma')
    return refuse(
      'The console does not run PRAGMA statements, since many of them change settings. For the same facts write DESCRIBE observations, SHOW TABLES or FROM pragma_version().',
    );
  else if (MODIFYING.has(lead) || ['start', 'abort', 'comment'].includes(lead))
    return refuse(readOnly(`${lead.toUpperCase()}${OBJECTS.has(object) ? ` ${object.toUpperCase()}` : ''}`));
  else
    return refuse(
      `The console runs queries only; a statement starting “${lead || first?.text}” is not one of them.`,
    );

  const modifying = statement.find((token) => token.kind === 'word' && MODIFYING.has(token.text));
  if (modifying)
    return refuse(
      `${readOnly(modifying.text.toUpperCase())} (If “${modifying.text}” is a column name here, write it in double quotes.)`,
    );
  const reach = reachProblem(statement);
  if (reach) return refuse(reach);

  return { ok: true, kind, statement: sql.slice(first?.at ?? 0, only.end).trim() };
}
