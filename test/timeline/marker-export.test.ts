import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import type { Marker } from '../../src/timeline/event';
import {
  escapeIcsText,
  eventsToIcs,
  foldIcsLine,
  markersToCsv,
  markersToJson,
  neutraliseFormula,
} from '../../src/timeline/marker-export';

const NOW = new Date('2024-06-01T09:30:15.123Z');

function marker(changes: Partial<Marker> = {}): Marker {
  return {
    id: 'm1',
    start: '2024-05-21',
    end: null,
    precision: 'day',
    type: 'meeting',
    title: 'Local alliance meeting',
    organisation: 'Liverpool City Council',
    scope: ['Liverpool'],
    areaCodes: ['E08000012'],
    tags: ['local-alliance'],
    description: 'Agreed first-day calls.',
    source: 'our notes',
    confidence: 'likely',
    status: 'happened',
    origin: 'marker',
    link: 'https://example.org/notes',
    ...changes,
  };
}

describe('CSV', () => {
  test.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'quoted", "''quoted"],
    ["'", "''"],
    ["'=1", "''=1"],
    ["a'b", "a'b"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
    ['2024-05-21', '2024-05-21'],
    ['', ''],
  ])('neutraliseFormula(%j) is %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  test('every cell is neutralised and lists are joined with "; "', () => {
    const csv = markersToCsv([
      marker({ title: '=cmd|" /C calc"!A0', tags: ['a', 'b'], description: '@x, "quoted"' }),
    ]);
    expect(csv.startsWith('\uFEFFid,start,end,precision,type,title,')).toBe(true);
    const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const cell = (column: string) => row?.[header?.indexOf(column) ?? -1];
    expect(cell('title')).toBe('\'=cmd|" /C calc"!A0');
    expect(cell('description')).toBe('\'@x, "quoted"');
    expect(cell('tags')).toBe('a; b');
    expect(cell('end')).toBe('');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

test('JSON is a versioned export without the origin field', () => {
  const data = JSON.parse(markersToJson([marker()], NOW));
  expect(data).toMatchObject({
    format: 'attendance-lens-markers',
    version: 1,
    exportedAt: '2024-06-01T09:30:15.123Z',
  });
  expect(data.markers[0]).toEqual({ ...marker(), origin: undefined });
  expect(Object.keys(data.markers[0])).not.toContain('origin');
});

describe('iCalendar', () => {
  test.each([
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
    ['colon: fine', 'colon: fine'],
  ])('escapeIcsText(%j) is %j', (text, expected) => {
    expect(escapeIcsText(text)).toBe(expected);
  });

  const octets = (line: string) => new TextEncoder().encode(line).length;
  test.each([
    ['ASCII', `SUMMARY:${'x'.repeat(200)}`],
    ['two-byte characters', `SUMMARY:${'é'.repeat(100)}`],
    ['four-byte characters', `SUMMARY:${'😀'.repeat(40)}`],
    ['exactly 75 octets', `SUMMARY:${'x'.repeat(67)}`],
  ])('folding %s keeps lines within 75 octets and unfolds losslessly', (_case, line) => {
    const folded = foldIcsLine(line);
    const lines = folded.split('\r\n');
    for (const part of lines) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of lines.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.replaceAll('\r\n ', '')).toBe(line);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  test('a single-day marker', () => {
    const ics = eventsToIcs([marker({ title: 'Meeting, with; commas' })], NOW);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Attendance Lens//Markers//EN',
      'CALSCALE:GREGORIAN',
      'BEGIN:VEVENT',
      'UID:m1@attendance-lens',
      'DTSTAMP:20240601T093015Z',
      'DTSTART;VALUE=DATE:20240521',
      'DTEND;VALUE=DATE:20240522',
      'SUMMARY:Meeting\\, with\\; commas',
      // Folded at exactly 75 octets.
      'DESCRIPTION:Agreed first-day calls.\\nOrganisation: Liverpool City Council\\n',
      ' Source: our notes\\nConfidence: likely\\nStatus: happened',
      'LOCATION:Liverpool',
      'CATEGORIES:meeting,local-alliance',
      'URL:https://example.org/notes',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  test.each([
    ['a range ends the day after its last day', '2024-01-08', '2024-03-31', '20240401'],
    ['across a leap day', '2024-02-29', null, '20240301'],
    ['across a year end', '2024-12-31', null, '20250101'],
  ])('%s', (_case, start, end, dtend) => {
    expect(eventsToIcs([marker({ start, end })], NOW)).toContain(`\r\nDTEND;VALUE=DATE:${dtend}\r\n`);
  });

  test('no link, no scope: URL and LOCATION are left out', () => {
    const ics = eventsToIcs([marker({ link: null, scope: [] })], NOW);
    expect(ics).not.toContain('URL:');
    expect(ics).not.toContain('LOCATION:');
  });
});
