import { describe, expect, test } from 'vitest';
import { validateMarker } from '../../src/timeline/marker-validate';
import { blankMarkerFields } from '../support/markers';

const GOOD = {
  id: 'm1',
  start: '2024-09-02',
  type: 'intervention',
  title: 'Our trust starts first-day calls',
  areaCodes: ['E08000012'],
};

describe('validateMarker accepts', () => {
  test('a minimal marker, filling defaults', () => {
    expect(validateMarker(GOOD)).toEqual({
      ok: true,
      marker: { ...blankMarkerFields(), ...GOOD },
    });
  });

  test.each([
    [
      'lists written as CSV text',
      { scope: 'Liverpool; Knowsley', areaCodes: 'E08000012; E08000011' },
      { scope: ['Liverpool', 'Knowsley'], areaCodes: ['E08000012', 'E08000011'] },
    ],
    ['a range', { end: '2024-10-31' }, { end: '2024-10-31' }],
    ['a one-day range', { end: '2024-09-02' }, { end: '2024-09-02' }],
    ['a 200-character title', { title: 'x'.repeat(200) }, { title: 'x'.repeat(200) }],
    ['an https link, normalised', { link: 'https://Example.org/a b' }, { link: 'https://example.org/a%20b' }],
    ['an http link', { link: 'http://example.org/' }, { link: 'http://example.org/' }],
    ['an empty link', { link: '' }, { link: null }],
    ['line breaks in the description', { description: 'one\ntwo' }, { description: 'one\ntwo' }],
    ['trimmed text', { title: '  Calls  ' }, { title: 'Calls' }],
    ['an origin claim is ignored', { origin: 'curated' }, { origin: 'marker' }],
    ['a planned marker (issue #11)', { status: 'planned' }, { status: 'planned' }],
    ['a status left empty in a CSV row', { status: '' }, { status: 'happened' }],
  ])('%s', (_case, change, expected) => {
    const result = validateMarker({ ...GOOD, ...change });
    expect(result).toEqual({ ok: true, marker: expect.objectContaining(expected) });
  });

  test('a missing id gets a new one', () => {
    const result = validateMarker({ ...GOOD, id: undefined }, () => 'fresh');
    expect(result.ok && result.marker.id).toBe('fresh');
  });
});

describe('validateMarker rejects', () => {
  test.each([
    ['a missing title', { title: '' }, 'title', 'title is required'],
    ['a blank title', { title: '   ' }, 'title', 'title is required'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'title', 'at most 200'],
    ['a title that is not text', { title: 42 }, 'title', 'title must be text'],
    ['a control character in the title', { title: 'a\u0007b' }, 'title', 'control characters'],
    ['a line break in the title', { title: 'a\nb' }, 'title', 'control characters'],
    ['a missing start', { start: '' }, 'start', 'start is required'],
    ['an impossible date', { start: '2023-02-29' }, 'start', 'YYYY-MM-DD'],
    ['a date with a time', { start: '2024-09-02T10:00' }, 'start', 'YYYY-MM-DD'],
    ['a month', { start: '2024-09' }, 'start', 'YYYY-MM-DD'],
    ['an end before the start', { end: '2024-09-01' }, 'end', 'before start'],
    ['an invalid end', { end: '31/12/2024' }, 'end', 'YYYY-MM-DD'],
    ['an unknown type', { type: 'party' }, 'type', 'type must be one of'],
    ['a missing type', { type: undefined }, 'type', 'type must be one of'],
    ['an unknown precision', { precision: 'week' }, 'precision', 'day, month or year'],
    ['an unknown confidence', { confidence: 'certain' }, 'confidence', 'must be one of seed'],
    ['an unknown status', { status: 'done' }, 'status', 'must be one of happened, planned, unknown'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'link', 'http:// or https://'],
    ['a data: link', { link: 'data:text/html,<b>x</b>' }, 'link', 'http:// or https://'],
    ['an ftp link', { link: 'ftp://example.org/file' }, 'link', 'http:// or https://'],
    ['a relative link', { link: '/local/page' }, 'link', 'not a web address'],
    ['a too-long link', { link: `https://example.org/${'a'.repeat(2000)}` }, 'link', 'at most 2000'],
    ['a short area code', { areaCodes: ['E0800001'] }, 'areaCodes', 'not an ONS code'],
    ['an area code with a wrong letter', { areaCodes: ['X08000012'] }, 'areaCodes', 'not an ONS code'],
    ['an area name in place of a code', { areaCodes: 'Liverpool' }, 'areaCodes', 'not an ONS code'],
    ['a list of numbers', { tags: [1, 2] }, 'tags', 'list of text'],
    ['too many tags', { tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags', 'more than 30'],
    ['a too-long tag', { tags: ['x'.repeat(101)] }, 'tags', 'longer than 100'],
    ['a too-long description', { description: 'x'.repeat(2001) }, 'description', 'at most 2000'],
    ['a too-long organisation', { organisation: 'x'.repeat(201) }, 'organisation', 'at most 200'],
    ['a too-long source', { source: 'x'.repeat(501) }, 'source', 'at most 500'],
    ['an id with spaces', { id: 'my marker' }, 'id', 'letters, digits'],
    ['a too-long id', { id: 'x'.repeat(65) }, 'id', 'at most 64'],
  ])('%s', (_case, change, field, message) => {
    const result = validateMarker({ ...GOOD, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual({ field, message: expect.stringContaining(message) });
  });

  test.each([null, 'marker', 42, [GOOD]])('%j, which is not an object', (input) => {
    expect(validateMarker(input)).toEqual({
      ok: false,
      errors: [{ field: '', message: 'a marker must be an object' }],
    });
  });

  test('every problem at once', () => {
    const result = validateMarker({ start: 'soon', type: 'x', title: '' }, () => 'id');
    expect(result.ok || result.errors.map((e) => e.field)).toEqual(['start', 'type', 'title']);
  });
});
