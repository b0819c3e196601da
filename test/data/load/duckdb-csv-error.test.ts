import { expect, test } from 'vitest';
import { explainCsvError, unclosedQuoteField } from '../../../src/data/load/duckdb-csv-error';

const COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'country_code',
  'country_name',
  'rate',
];

// DuckDB's words (1.4, as DuckDB-WASM 1.32 reports them) and ours: the file, the line, what is wrong, what to do.
test.each([
  {
    duckdb:
      'Not implemented Error: The Parallel CSV Reader currently does not support a full read on this file.',
    ours: 'long.csv: A line in the middle of the file is far longer than the lines around it (a very long value, or a quote that runs on over many lines), and the reader cannot find where it ends. Open the file in a text editor, find the very long line, shorten the value or close its quote, and add the file again.',
  },
  {
    duckdb:
      'Invalid Input Error: CSV Error on Line: 4\nOriginal Line: 202324,"Academic year\nValue with unterminated quote found.',
    ours: 'long.csv (line 14, column “time_identifier”): A quoted value is never closed (a " without its partner). Fix that line in a text editor or spreadsheet and add the file again.',
  },
  {
    duckdb:
      'Invalid Input Error: CSV Error on Line: 2\nOriginal Line: xxxx\nMaximum line size of 2000000 bytes exceeded.',
    ours: 'long.csv (line 12): A line is longer than 2 MB, which no EES file has. Check that this is the right file; if it is, split the long value.',
  },
  {
    duckdb:
      'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: 202324,Academic year,National\nExpected Number of Columns: 6 Found: 3',
    ours: 'long.csv (line 13, column “country_code”): This row has 3 fields but the header has 6: it ends before column “country_code”. Fix that line in a text editor or spreadsheet and add the file again.',
  },
  {
    duckdb: 'Invalid Input Error: CSV Error on Line: 5\nSomething new in a later DuckDB',
    ours: 'long.csv (line 15): DuckDB’s CSV reader could not read this file. In its words: “Invalid Input Error: CSV Error on Line: 5”. Check that it is a comma-separated file from Explore Education Statistics, fix the line named, and add it again.',
  },
])('$duckdb', ({ duckdb, ours }) => {
  expect(explainCsvError('long.csv', duckdb, COLUMNS, 10).message).toBe(ours);
});

test('no known DuckDB error reaches the user with its engine prefix', () => {
  const message = explainCsvError(
    'long.csv',
    'Not implemented Error: The Parallel CSV Reader currently does not support a full read on this file.',
    COLUMNS,
  ).message;
  expect(message).not.toMatch(/Not implemented Error|Parallel CSV Reader/);
});

test.each([
  ['202324,"Academic year', 1],
  ['"a,b",c,"d', 2],
  ['a,"b ""quoted"" c",d', -1],
  ['a,b,c', -1],
])('the field whose quote is never closed in %s: %i', (line, field) => {
  expect(unclosedQuoteField(line)).toBe(field);
});
