import { describe, expect, test } from 'vitest';
import { imageSvg, type ImageLegendEntry } from '../../src/charts/export-image';

const CHART = '<svg width="800" height="400"><path d="M0 0L10 10"/></svg>';
const entry = (name: string): ImageLegendEntry => ({ name, colour: '#1d70b8', dash: '' });

/** The text of every <text> element, with XML's escapes read back. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('a chart saved as an image', () => {
  test('holds the drawing under its title, and the legend\u2019s names below it', () => {
    const svg = imageSvg(CHART, { width: 800, height: 400 }, 'Severe absence', [
      entry('England'),
      entry('Liverpool'),
    ]);
    expect(svg).toContain(`<g transform="translate(0 32)">${CHART}</g>`);
    expect(texts(svg)).toEqual(['Severe absence', 'England', 'Liverpool']);
  });

  test('titles and names with XML\u2019s special characters are written as text, not markup', () => {
    const title = `Pupils <5% & "Year 7's" absence`;
    const svg = imageSvg(CHART, { width: 800, height: 400 }, title, [entry('A & B <region>')]);
    expect(texts(svg)).toEqual([title, 'A & B <region>']);
    expect(svg.match(/<(?!\/?(svg|rect|text|g|line|path)\b)/g)).toBeNull();
  });

  test('the legend wraps in rows of 200-pixel entries and the picture grows to hold them', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map(entry);
    const svg = imageSvg(CHART, { width: 800, height: 400 }, 'T', five);
    // 32 for the title, 400 for the chart, two legend rows of 20, 12 below.
    expect(svg).toMatch(/^<svg [^>]*width="800" height="484" viewBox="0 0 800 484"/);
    const xs = [...svg.matchAll(/<text x="(\d+)" y="(\d+)" font-size="12">/g)].map((m) => [m[1], m[2]]);
    expect(xs).toEqual([
      ['44', '446'],
      ['244', '446'],
      ['444', '446'],
      ['644', '446'],
      ['44', '466'],
    ]);
  });

  test('a chart narrower than one entry still has one column', () => {
    const svg = imageSvg(CHART, { width: 150, height: 100 }, 'T', [entry('a'), entry('b')]);
    expect(svg).toMatch(/height="184"/);
  });
});
