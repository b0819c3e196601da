import { describe, expect, test } from 'vitest';
import type { Marker } from '../../src/timeline/event';
import { markersToCsv, markersToJson } from '../../src/timeline/marker-export';
import {
  detectFormat,
  importMarkerFile,
  importMarkers,
  keepBoth,
  MarkerImportError,
} from '../../src/timeline/marker-import';
import { aMarker } from '../support/markers';

/** This file's markers: actions in Liverpool with no area names, titled after their id. */
function marker(id: string, changes: Partial<Marker> = {}): Marker {
  return aMarker(id, {
    start: '2024-05-21',
    type: 'action',
    title: `Marker ${id}`,
    scope: [],
    areaCodes: ['E08000012'],
    ...changes,
  });
}

const sequence = () => {
  let n = 0;
  return () => `new-${++n}`;
};

function refused(run: () => unknown): MarkerImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof MarkerImportError) return error;
    throw error;
  }
  throw new Error('expected a MarkerImportError');
}

describe('round trips', () => {
  const markers = [
    marker('a', {
      title: '=SUM(1)',
      description: 'two\nlines, "quoted"',
      tags: ['x', 'y'],
      link: 'https://example.org/',
    }),
    marker('b', {
      end: '2024-06-30',
      scope: ['Liverpool'],
      organisation: '@council',
      confidence: 'verified',
    }),
  ];
  test.each([
    ['json', markersToJson(markers)],
    ['csv', markersToCsv(markers)],
  ] as const)('%s export imports back unchanged', (format, text) => {
    expect(importMarkers(text, format, [])).toEqual({ accepted: markers, rejected: [], conflicts: [] });
  });
});

describe('every title round-trips through the CSV export exactly', () => {
  test.each([
    "'quoted at the start",
    "'",
    "''",
    "'=SUM(1)",
    "'-5% and an apostrophe",
    '=HYPERLINK("http://x","y")',
    '+44 helpline',
    '-5% persistent absence',
    '@council',
    "Council's week",
    "ends with an apostrophe'",
    '"quoted", with a comma; and a semicolon',
    'Ünïcödé £ – “curly”',
  ])('%j', (title) => {
    const original = [marker('a', { title, organisation: title, source: title })];
    const { accepted, rejected } = importMarkers(markersToCsv(original), 'csv', []);
    expect(rejected).toEqual([]);
    expect(accepted).toEqual(original);
  });
});

describe('whole-file failures', () => {
  test.each([
    ['malformed JSON', 'json', '[\n  {"title": "a",}\n]', /^The file is not valid JSON \(line 2\)/, 2],
    ['a JSON object of another kind', 'json', '{"markers": []}', /Expected a list of markers/, 1],
    ['a JSON number', 'json', '42', /Expected a list of markers/, 1],
    [
      'a newer export format',
      'json',
      '{"format": "attendance-lens-markers", "version": 2, "markers": []}',
      /newer version/,
      1,
    ],
    ['an empty CSV', 'csv', '\n\n', /The CSV file is empty/, 1],
    [
      'CSV without a required column',
      'csv',
      'title,type\nA,meeting\n',
      /^Wrong columns on line 1: missing column start\. Expected columns: id, start/,
      1,
    ],
    ['CSV with an unknown column', 'csv', 'title,start,type,colour\n', /unknown column "colour"/, 1],
    ['CSV with a repeated column', 'csv', 'title,start,type,title\n', /column title appears twice/, 1],
  ] as const)('%s', (_case, format, text, message, line) => {
    const error = refused(() => importMarkers(text, format, []));
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });

  test('a file over 2 MB is refused with its size', () => {
    const text = `[${' '.repeat(2_100_000)}]`;
    const error = refused(() => importMarkers(text, 'json', []));
    expect(error.message).toBe('The file is 2.1 MB; markers can be imported from files of up to 2 MB.');
  });

  test('a large File is refused before it is read', async () => {
    const file = new File([new Uint8Array(3_000_000)], 'markers.json');
    file.text = () => Promise.reject(new Error('should not be read'));
    await expect(importMarkerFile(file, [])).rejects.toThrow('The file is 3 MB;');
  });
});

describe('rejected rows', () => {
  test('JSON items are reported by the line they start on', () => {
    const text = JSON.stringify(
      [
        marker('ok'),
        { ...marker('bad-date'), start: '2024-02-30' },
        { ...marker('bad-link'), link: 'javascript:x' },
      ],
      null,
      2,
    );
    // An item starts on the line of its "{", the line before its "id" (findIndex is 0-based, lines 1-based).
    const startOf = (id: string) => text.split('\n').findIndex((l) => l.includes(`"id": "${id}"`));
    const result = importMarkers(text, 'json', []);
    expect(result.accepted.map((m) => m.id)).toEqual(['ok']);
    expect(result.rejected).toEqual([
      {
        line: startOf('bad-date'),
        place: `item 2, line ${startOf('bad-date')}`,
        reason: expect.stringMatching(/^start: start "2024-02-30" is not a date/),
      },
      {
        line: startOf('bad-link'),
        place: `item 3, line ${startOf('bad-link')}`,
        reason: expect.stringMatching(/^link: link must start with http/),
      },
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([22, 42]);
  });

  // Issue #29: a file on one line (a share link's text) reported every rejected item as "Line 1".
  test('items of a one-line JSON file are reported by their number', () => {
    const text = JSON.stringify([
      marker('ok'),
      { ...marker('bad-date'), start: '2024-02-30' },
      marker('ok'),
      { ...marker('bad-link'), link: 'javascript:x' },
    ]);
    expect(importMarkers(text, 'json', []).rejected.map((r) => [r.place, r.reason.slice(0, 5)])).toEqual([
      ['item 2', 'start'],
      ['item 3', 'id ok'],
      ['item 4', 'link:'],
    ]);
    expect(importMarkers(text, 'json', []).rejected[1]?.reason).toBe(
      'id ok appears twice in the file (first at item 1)',
    );
  });

  test('items of an export envelope are found inside "markers"', () => {
    const text = markersToJson([marker('a'), { ...marker('b'), type: 'party' as Marker['type'] }]);
    const line = text.split('\n').findIndex((l) => l.includes('"id": "b"'));
    expect(importMarkers(text, 'json', []).rejected).toEqual([
      { line, place: `item 2, line ${line}`, reason: expect.stringContaining('type') },
    ]);
  });

  test('CSV rows are reported by file line, counting quoted line breaks', () => {
    const text = [
      'title,start,type,description',
      'Good,2024-05-21,meeting,"spans',
      'two lines"',
      ',2024-05-21,meeting,no title',
      '',
      'Bad date,21/05/2024,meeting,',
      'Too few,2024-05-21',
      'Bad type,2024-05-21,party,',
    ].join('\r\n');
    const result = importMarkers(text, 'csv', [], sequence());
    expect(result.accepted).toEqual([
      expect.objectContaining({ id: 'new-1', title: 'Good', description: 'spans\r\ntwo lines' }),
    ]);
    expect(result.rejected).toEqual([
      { line: 4, place: 'line 4', reason: 'title: title is required' },
      { line: 6, place: 'line 6', reason: expect.stringContaining('start: start "21/05/2024"') },
      { line: 7, place: 'line 7', reason: 'expected 4 fields, found 2' },
      { line: 8, place: 'line 8', reason: expect.stringContaining('type: type must be one of') },
    ]);
  });

  test('an id repeated within the file keeps its first row', () => {
    const text = 'id,title,start,type\nx,First,2024-01-01,meeting\nx,Second,2024-01-02,meeting\n';
    const result = importMarkers(text, 'csv', []);
    expect(result.accepted.map((m) => m.title)).toEqual(['First']);
    expect(result.rejected).toEqual([
      { line: 3, place: 'line 3', reason: 'id x appears twice in the file (first at line 2)' },
    ]);
  });
});

describe('conflicts', () => {
  test('ids already stored are accepted and listed, never dropped', () => {
    const result = importMarkers(markersToJson([marker('a'), marker('b')]), 'json', new Set(['b', 'z']));
    expect(result.accepted.map((m) => m.id)).toEqual(['a', 'b']);
    expect(result.conflicts).toEqual(['b']);
  });

  test('keep both gives the copy an id clashing with nothing', () => {
    const ids = ['new-1', 'new-2', 'new-3'];
    const copy = keepBoth(
      marker('b', { title: 'Kept' }),
      ['b', 'new-1', 'new-2'],
      () => ids.shift() ?? 'none',
    );
    expect(copy).toEqual(marker('new-3', { title: 'Kept' }));
  });

  test('keep both gives up rather than loop forever', () => {
    expect(() => keepBoth(marker('b'), ['same'], () => 'same')).toThrow(
      'could not find a free id for marker b',
    );
  });
});

test.each([
  ['markers.json', '', 'x', 'json'],
  ['markers.CSV', '', '[', 'csv'],
  ['download', 'application/json', '', 'json'],
  ['download', 'text/csv', '', 'csv'],
  ['download', '', '\uFEFF  [{}]', 'json'],
  ['download', '', 'title,start', 'csv'],
] as const)('detectFormat(%j, %j, %j) is %s', (name, type, text, expected) => {
  expect(detectFormat(name, type, text)).toBe(expected);
});
