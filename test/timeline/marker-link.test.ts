import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { Marker } from '../../src/timeline/event';
import {
  MAX_LINK_CHARS,
  MarkerLinkError,
  markerData,
  markersFromLink,
  markersToFragment,
} from '../../src/timeline/marker-link';

function marker(id: string, changes: Partial<Marker> = {}): Marker {
  return {
    id,
    start: '2024-05-21',
    end: null,
    precision: 'day',
    type: 'action',
    title: `Marker ${id} <b>“quoted”</b>`,
    organisation: 'Northern Trust',
    scope: [],
    areaCodes: ['E08000012'],
    tags: ['pilot'],
    description: 'Line one\nline two',
    source: '',
    status: 'happened',
    confidence: 'likely',
    origin: 'marker',
    link: 'https://example.org/a',
    ...changes,
  };
}

const base64 = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function dataOf(markers: Marker[]): string {
  const fragment = markersToFragment(markers);
  if (fragment === null) throw new Error('no fragment');
  const data = markerData(`#${fragment}`);
  if (data === null) throw new Error('no data');
  return data;
}

function refusal(data: string): string {
  try {
    markersFromLink(data, []);
  } catch (error) {
    expect(error).toBeInstanceOf(MarkerLinkError);
    return (error as Error).message;
  }
  throw new Error('the link was accepted');
}

describe('markers shared as a link', () => {
  test('a round trip gives back the same markers, and ids already saved are reported', () => {
    const markers = [marker('a'), marker('b', { start: '2023-01-01', end: '2023-03-31' })];
    const result = markersFromLink(dataOf(markers), ['b']);
    expect(result.accepted).toEqual(markers);
    expect(result.conflicts).toEqual(['b']);
    expect(result.rejected).toEqual([]);
  });

  test('the link is compressed: fifty markers fit well inside the limit', () => {
    const data = dataOf(Array.from({ length: 50 }, (_, i) => marker(`m${i}`)));
    expect(data.length).toBeLessThan(MAX_LINK_CHARS / 2);
  });

  test('too many markers for a link give no link', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      marker(`m${i}`, { description: `${i} ${Math.random().toString(36).repeat(6)}` }),
    );
    expect(markersToFragment(many)).toBeNull();
  });

  test.each([
    ['not a marker link', (good: string) => `x${good}`, /does not start/],
    ['a newer version', (good: string) => `9${good.slice(1)}`, /newer version/],
    ['cut short', (good: string) => good.slice(0, good.length - 12), /damaged or cut short/],
    [
      'a changed character',
      (good: string) => `${good.slice(0, 20)}${good[20] === 'A' ? 'B' : 'A'}${good.slice(21)}`,
      /damaged|not a list|rejected|unpack/,
    ],
    ['a character no link has', (good: string) => `${good.slice(0, 10)}<${good.slice(11)}`, /characters/],
    ['far too long', () => `1.${'A'.repeat(MAX_LINK_CHARS + 1)}`, /at most/],
    [
      'compressed text that is not markers',
      () => `1.${base64(deflateSync(strToU8('hello')))}`,
      /not a list of markers/,
    ],
    [
      'a small link that unpacks past 2 MB',
      () => `1.${base64(deflateSync(strToU8(' '.repeat(3_000_000))))}`,
      /larger than 2 MB/,
    ],
  ])('a link %s is refused with a clear message', (_name, tamper, message) => {
    const good = dataOf([marker('a'), marker('b')]);
    const tampered = tamper(good);
    let text: string;
    try {
      const result = markersFromLink(tampered, []);
      // A changed character can still unpack; then the markers themselves must fail their checks.
      expect(result.accepted.length).toBeLessThan(2);
      return;
    } catch (error) {
      expect(error).toBeInstanceOf(MarkerLinkError);
      text = (error as Error).message;
    }
    expect(text).toMatch(message);
  });

  test('a marker that fails its checks is rejected, the others kept', () => {
    const text = JSON.stringify([marker('a'), { ...marker('b'), link: 'javascript:alert(1)' }]);
    const result = markersFromLink(`1.${base64(deflateSync(strToU8(text)))}`, []);
    expect(result.accepted.map((m) => m.id)).toEqual(['a']);
    expect(result.rejected).toHaveLength(1);
  });

  // Issue #29: the link's JSON is never seen, so its line numbers mean nothing to the member.
  test('rejected markers of a link are named by their number, not a line of its hidden text', () => {
    const fragment = markersToFragment([
      marker('a'),
      { ...marker('b'), link: 'javascript:alert(1)' },
      { ...marker('c'), start: '2024-02-30' },
    ]);
    const result = markersFromLink(markerData(`#${fragment ?? ''}`) ?? '', []);
    expect(result.rejected.map((row) => row.place)).toEqual(['item 2', 'item 3']);
  });

  test.each([
    ['', null],
    ['#', null],
    ['#other=1', null],
    ['#markers=1.abc', '1.abc'],
  ])('the fragment %s holds marker data %s', (hash, data) => {
    expect(markerData(hash)).toBe(data);
  });

  test('refusal names the problem', () => {
    expect(refusal('2.abc')).toMatch(/newer version/);
  });
});
