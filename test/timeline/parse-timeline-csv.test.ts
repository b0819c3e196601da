import { describe, expect, test } from 'vitest';
import { parseTimelineCsv, TIMELINE_COLUMNS } from '../../src/timeline/parse-timeline-csv';

const HEADER = TIMELINE_COLUMNS.join(',');
const GOOD: Record<string, string> = {
  id: 'a-meeting',
  date: '2024-05-21',
  end_date: '',
  type: 'meeting',
  title: 'Alliance meeting',
  organisation: 'Alliance',
  scope: 'England',
  area_codes: 'E92000001',
  tags: 'alliance-meeting',
  description: 'Co-chaired by the minister.',
  source: 'alliance-meeting-2024-05-21.txt, header',
  confidence: 'seed',
  status: 'happened',
};

function row(changes: Record<string, string> = {}): string {
  const cells = TIMELINE_COLUMNS.map((column) => changes[column] ?? GOOD[column] ?? '');
  return cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',');
}

describe('parseTimelineCsv dates', () => {
  test.each([
    // date, end_date, start, end, precision
    ['2024-05-21', '', '2024-05-21', null, 'day'],
    ['2024-01-08', '2024-03-31', '2024-01-08', '2024-03-31', 'day'],
    ['2022-03', '', '2022-03-01', '2022-03-31', 'month'],
    ['2024-02', '', '2024-02-01', '2024-02-29', 'month'],
    ['2022-03', '2022-05', '2022-03-01', '2022-05-31', 'month'],
    ['2022', '', '2022-01-01', '2022-12-31', 'year'],
  ])('%s to %j gives %s..%s (%s)', (date, endDate, start, end, precision) => {
    const { events, errors } = parseTimelineCsv(`${HEADER}\n${row({ date, end_date: endDate })}\n`);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({ start, end, precision, origin: 'curated' });
  });

  test('lists are split on "; " and the England code is kept', () => {
    const { events } = parseTimelineCsv(
      `${HEADER}\n${row({ scope: 'England; Wales', area_codes: 'E92000001; W92000004', tags: 'hubs; mentors' })}\n`,
    );
    expect(events[0]).toMatchObject({
      scope: ['England', 'Wales'],
      areaCodes: ['E92000001', 'W92000004'],
      tags: ['hubs', 'mentors'],
    });
  });
});

describe('parseTimelineCsv errors', () => {
  test.each([
    // change, column, message fragment
    [{ id: 'Bad Id' }, 'id', 'lower-case slug'],
    [{ date: '2024-02-30' }, 'date', 'must be YYYY-MM-DD'],
    [{ date: '21/05/2024' }, 'date', 'must be YYYY-MM-DD'],
    [{ end_date: '2024-13' }, 'end_date', 'must be YYYY-MM-DD'],
    [{ end_date: '2024-05-20' }, 'end_date', 'before date'],
    [{ type: 'party' }, 'type', 'must be one of meeting'],
    [{ title: '' }, 'title', 'title is empty'],
    [{ title: 'x'.repeat(201) }, 'title', 'at most 200'],
    [{ organisation: '' }, 'organisation', 'organisation is empty'],
    [{ scope: ' ; ' }, 'scope', 'scope is empty'],
    [{ area_codes: 'E92000001; E1200002' }, 'area_codes', 'not an ONS code'],
    [{ area_codes: 'E08000012' }, 'area_codes', 'names England'],
    [{ scope: 'Liverpool' }, 'area_codes', 'omits England'],
    [{ tags: 'Hubs' }, 'tags', 'lower-case slug'],
    [{ source: '' }, 'source', 'source is empty'],
    [{ source: 'https://a.example/x/ notes.txt § 4' }, 'source', 'separate each citation with "; "'],
    [{ confidence: 'sure' }, 'confidence', 'must be one of seed'],
    [{ status: 'done' }, 'status', 'must be one of happened, planned, unknown'],
    [{ status: '' }, 'status', 'must be one of happened'],
  ])('%j is reported in column %s', (change, column, message) => {
    const { events, errors } = parseTimelineCsv(`${HEADER}\n${row()}\n${row({ id: 'second', ...change })}\n`);
    expect(events.map((e) => e.id)).toEqual(['a-meeting']);
    expect(errors).toEqual([
      expect.objectContaining({ line: 3, column, message: expect.stringContaining(message) }),
    ]);
  });

  test('line numbers count lines, not records, when a quoted field spans lines', () => {
    const text = `${HEADER}\r\n${row({ description: 'two\nlines' })}\r\n\r\n${row({ id: 'b', type: 'x' })}\r\n`;
    expect(parseTimelineCsv(text).errors).toEqual([expect.objectContaining({ line: 5, column: 'type' })]);
  });

  test.each([
    [
      'a missing column',
      HEADER.replace(',tags', ''),
      [{ line: 1, column: 'tags', message: 'missing column tags' }],
    ],
    ['an unknown column', `${HEADER},notes`, [{ line: 1, column: 'notes', message: 'unknown column notes' }]],
  ])('the header with %s is refused', (_case, header, expected) => {
    expect(parseTimelineCsv(`\uFEFF${header}\n${row()}\n`)).toEqual({ events: [], errors: expected });
  });

  test('a row with too few fields', () => {
    const { errors } = parseTimelineCsv(`${HEADER}\na,b,c\n`);
    expect(errors).toEqual([{ line: 2, column: '', message: 'expected 13 fields, found 3' }]);
  });

  test('a duplicate id points at its first use', () => {
    const { events, errors } = parseTimelineCsv(`${HEADER}\n${row()}\n${row()}\n`);
    expect(events).toHaveLength(1);
    expect(errors).toEqual([{ line: 3, column: 'id', message: 'duplicate id a-meeting (first on line 2)' }]);
  });
});
