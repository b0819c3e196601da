import { formatBytes } from '../format-bytes';
import { MAX_LINE_BYTES } from './csv-header';
import { LoadError } from './load-error';

const SKIP_OR_FIX = 'Fix that line in a text editor or spreadsheet and add the file again.';

/** A record longer than the reader takes, found by DuckDB or before it reads the piece. */
export function lineTooLong(fileName: string, line: number | undefined): LoadError {
  return new LoadError(
    fileName,
    `A line is longer than ${formatBytes(MAX_LINE_BYTES)}, which no EES file has.`,
    'Check that this is the right file; if it is, split the long value.',
    line,
  );
}

/**
 * DuckDB's CSV reader errors, and what each means for a file from Explore Education Statistics. The reader names the
 * line; the row and field counts and the encoding are handled above, where the line's own text helps say more.
 */
export const KNOWN_CSV_ERRORS: readonly { match: RegExp; problem: string; advice: string }[] = [
  {
    match: /unterminated quote/i,
    problem: 'A quoted value is never closed (a " without its partner).',
    advice: SKIP_OR_FIX,
  },
  {
    match: /Maximum line size/i,
    problem: `A line is longer than ${formatBytes(MAX_LINE_BYTES)}, which no EES file has.`,
    advice: 'Check that this is the right file; if it is, split the long value.',
  },
  {
    // DuckDB 1.4: a line much longer than its neighbours, in the middle of a file, that the reader cannot split on.
    match: /Parallel CSV Reader currently does not support a full read/i,
    problem:
      'A line in the middle of the file is far longer than the lines around it (a very long value, or a quote that runs on over many lines), and the reader cannot find where it ends.',
    advice:
      'Open the file in a text editor, find the very long line, shorten the value or close its quote, and add the file again.',
  },
];

/** The field (counted from 0) whose opening quote is never closed on this line, or -1 when there is none. */
export function unclosedQuoteField(line: string): number {
  let field = 0;
  let openedIn = -1;
  for (const char of line) {
    if (char === '"') openedIn = openedIn < 0 ? field : -1;
    else if (char === ',' && openedIn < 0) field += 1;
  }
  return openedIn;
}

/** Turns DuckDB's CSV reader errors into a message a user can act on, with the line and column. */
export function explainCsvError(
  fileName: string,
  message: string,
  columns: readonly string[],
  /** Lines of the file before the piece DuckDB read (it counts from the piece's start). */
  linesBefore = 0,
): LoadError {
  const line = Number(/CSV Error on Line: (\d+)/.exec(message)?.[1] ?? NaN);
  const at = Number.isFinite(line) ? line + linesBefore : undefined;
  const original = /Original Line: ([^\n]*)/.exec(message)?.[1] ?? '';

  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (counts) {
    const expected = Number(counts[1]);
    const found = Number(counts[2]);
    const column = found > expected ? columns.at(-1) : columns[found];
    const problem =
      found > expected
        ? `This row has ${found} fields but the header has ${expected}: there is an extra field after the last column.`
        : `This row has ${found} fields but the header has ${expected}: it ends before column “${columns[found] ?? ''}”.`;
    return new LoadError(fileName, problem, SKIP_OR_FIX, at, column);
  }
  if (/not utf-8 encoded|Invalid unicode/i.test(message)) {
    const field = original.split(',').findIndex((value) => value.includes('?') || value.includes('\uFFFD'));
    return new LoadError(
      fileName,
      'The text is not UTF-8.',
      'Save it from your spreadsheet as “CSV UTF-8 (comma delimited)” and add it again.',
      at,
      field >= 0 ? columns[field] : undefined,
    );
  }
  const known = KNOWN_CSV_ERRORS.find((entry) => entry.match.test(message));
  if (known) {
    const opened = /unterminated quote/i.test(message) ? unclosedQuoteField(original) : -1;
    return new LoadError(
      fileName,
      known.problem,
      known.advice,
      at,
      opened >= 0 ? columns[opened] : undefined,
    );
  }
  return new LoadError(
    fileName,
    `DuckDB’s CSV reader could not read this file. In its words: “${message.split('\n')[0] ?? message}”.`,
    'Check that it is a comma-separated file from Explore Education Statistics, fix the line named, and add it again.',
    at,
  );
}
