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
  if (/unterminated quote/i.test(message))
    return new LoadError(
      fileName,
      'A quoted value is never closed (a " without its partner).',
      SKIP_OR_FIX,
      at,
    );
  if (/Maximum line size/i.test(message)) return lineTooLong(fileName, at);
  return new LoadError(
    fileName,
    `The CSV reader stopped: ${message.split('\n')[0] ?? message}`,
    SKIP_OR_FIX,
    at,
  );
}
