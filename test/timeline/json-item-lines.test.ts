import { describe, expect, test } from 'vitest';
import { jsonItemLines } from '../../src/timeline/json-item-lines';

describe('the line each imported marker starts on', () => {
  test.each([
    ['a top-level array, one marker a line', '[\n{"id": "a"},\n{"id": "b"}\n]', [2, 3]],
    [
      'the markers array of an export file, not its other arrays',
      '{\n  "version": 1,\n  "other": [1, 2],\n  "markers": [\n    {\n      "id": "a",\n      "tags": ["x", "y"]\n    },\n    {"id": "b"}\n  ]\n}',
      [5, 9],
    ],
    [
      'items that are not objects still get their line, to be refused',
      '[\n1,\n"text",\nnull,\ntrue\n]',
      [2, 3, 4, 5],
    ],
    [
      'quotes and brackets inside strings are text',
      '[\n{"title": "a \\"]\\" b, [c]"},\n{"id": "b"}\n]',
      [2, 3],
    ],
    ['an empty array', '[]', []],
  ])('%s', (_name, text, lines) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(jsonItemLines(text)).toEqual(lines);
  });
});
