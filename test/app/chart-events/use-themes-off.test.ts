import { describe, expect, test } from 'vitest';
import { themesOffAfter } from '../../../src/app/chart-events/use-themes-off';
import { EVENT_THEMES, parseThemesOff } from '../../../src/timeline/event-themes';

const [first, second] = EVENT_THEMES.map((theme) => theme.id);

describe('theme switches kept in the URL', () => {
  test('a switch turns its theme off, the same switch turns it on again, and the parameter goes', () => {
    if (!first || !second) throw new Error('fewer than two event themes');
    const once = themesOffAfter(new Set(), first);
    expect([...parseThemesOff(once ?? undefined)]).toEqual([first]);
    expect(themesOffAfter(parseThemesOff(once ?? undefined), first)).toBeNull();
  });

  test('two themes off are written in one parameter a link carries, in a fixed order', () => {
    if (!first || !second) throw new Error('fewer than two event themes');
    const both = themesOffAfter(new Set([second]), first);
    expect(both).toBe(`${first}.${second}`);
    expect(parseThemesOff(both ?? undefined)).toEqual(new Set([first, second]));
  });
});
