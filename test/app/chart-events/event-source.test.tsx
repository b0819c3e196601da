import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { EventSource } from '../../../src/app/chart-events/event-details';
import { parseTimelineCsv } from '../../../src/timeline/parse-timeline-csv';

const text = readFileSync(new URL('../../../data/timeline.csv', import.meta.url), 'utf8');
const { events } = parseTimelineCsv(text);

function rendered(source: string, link?: string | null) {
  const html = renderToStaticMarkup(<EventSource source={source} link={link} />);
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => decode(match[1] ?? ''));
  return { hrefs, text: decode(html.replace(/<[^>]*>/g, '')) };
}

// Issue #29: two curated links carried the seed note in the URL (".../;%20alliance-meeting-...txt%20§%204").
describe('every curated event source', () => {
  test.each(events.map((event) => [event.id, event.source]))('%s', (_id, source) => {
    const { hrefs, text: shown } = rendered(source);
    const written = source.match(/https?:\/\/\S+?(?=;\s|\s|$)/g) ?? [];
    expect(hrefs).toEqual(written.map((address) => new URL(address).href));
    for (const href of hrefs) {
      expect(href).toMatch(/^https?:\/\/\S+$/);
      expect(href).not.toMatch(/%20|alliance-meeting|\.txt/);
      expect(new URL(href).href).toBe(href);
    }
    for (const note of source.match(/alliance-meeting-[\d-]+\.txt[^;]*/g) ?? [])
      expect(shown).toContain(note.trim());
  });
});

describe('EventSource', () => {
  test('a marker link is shown once beside its note', () => {
    expect(rendered('the minutes', 'https://a.example/m')).toEqual({
      hrefs: ['https://a.example/m'],
      text: 'a.example/m · the minutes',
    });
  });
  test('nothing given says so', () => {
    expect(rendered('', null)).toEqual({ hrefs: [], text: 'none given' });
  });
});
