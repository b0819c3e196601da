import { describe, expect, test } from 'vitest';
import { packText, UnpackError, unpackText } from '../../src/data/packed-text';

function problemOf(packed: string, maxBytes = 1_000_000): string {
  try {
    unpackText(packed, maxBytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnpackError);
    return (error as UnpackError).problem;
  }
  throw new Error('the packed text was read');
}

describe('text packed for a link', () => {
  test.each([
    ['empty', ''],
    [
      'SQL with every character a URL treats specially',
      "SELECT 'a&b=c#d?e%20f+g' AS x -- /path\n\tWHERE 1=1",
    ],
    ['text outside ASCII', 'Südwest, “quoted”, naïve, 学校, 😀'],
    ['repeated text', 'SELECT 1 AS a, '.repeat(2000)],
  ])('%s comes back unchanged, in characters a URL carries as they are', (_name, text) => {
    const packed = packText(text);
    expect(packed).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(unpackText(packed, 1_000_000)).toBe(text);
  });

  test('repeated text packs to a small part of its length', () => {
    const text = 'SELECT 1 AS a, '.repeat(2000);
    expect(packText(text).length).toBeLessThan(text.length / 50);
  });

  test.each([
    [
      'a character base64url never has',
      (good: string) => `${good.slice(0, 5)}<${good.slice(6)}`,
      'characters',
    ],
    ['cut short', (good: string) => good.slice(0, good.length - 10), 'damaged'],
    [
      'a length base64 cannot have',
      (good: string) => good.slice(0, 4 * Math.floor((good.length - 2) / 4) + 1),
      'damaged',
    ],
  ])('packed text with %s is refused as %s', (_name, tamper, problem) => {
    const good = packText('SELECT area_name, value FROM observations WHERE period = ? ORDER BY value DESC');
    expect(problemOf(tamper(good))).toBe(problem);
  });

  test('a short packed text that unpacks past the limit is stopped', () => {
    const packed = packText(' '.repeat(3_000_000));
    expect(packed.length).toBeLessThan(10_000);
    expect(problemOf(packed, 2_000_000)).toBe('too-large');
  });
});
