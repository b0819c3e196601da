import { expect, test } from 'vitest';
import { placeholders, questionMarks } from '../../../src/data/sql/placeholders';

test('each placeholder keeps its value in the order the text asks for them', () => {
  const { params, p } = placeholders();
  const sql = `SELECT * FROM t WHERE a = ${p('x')} AND b IN (${p(1)}, ${p(null)})`;
  expect(sql).toBe('SELECT * FROM t WHERE a = ? AND b IN (?, ?)');
  expect(params).toEqual(['x', 1, null]);
});

test.each([
  [['a', 'b', 'c'], '?, ?, ?'],
  [[1], '?'],
  // x IN () does not parse; x IN (NULL) matches no row.
  [[], 'NULL'],
])('questionMarks(%j) is %s', (values, text) => {
  expect(questionMarks(values)).toBe(text);
});
