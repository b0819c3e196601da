import { describe, expect, test } from 'vitest';
import { lanePointerOf, litSpans } from '../../../src/app/chart-events/use-event-pointer';

describe('which event a chart lights up', () => {
  test.each([
    ['nothing pointed at', null, null, null],
    [
      'an event pointed at on the chart opens its details',
      'curated:a',
      null,
      { key: 'curated:a', open: true },
    ],
    [
      'an event pointed at in a list is marked, not opened',
      null,
      'curated:b',
      { key: 'curated:b', open: false },
    ],
    ['the chart wins over the list', 'curated:a', 'curated:b', { key: 'curated:a', open: true }],
  ])('%s', (_name, charted, listed, pointer) => {
    expect(lanePointerOf(charted, listed)).toEqual(pointer);
  });

  test('the strip\u2019s open item is lit first, then the event pointed at in a list', () => {
    const strip: [number, number][] = [[1, 2]];
    expect(litSpans(strip, [5, 6])).toBe(strip);
    expect(litSpans(null, [5, 6])).toEqual([[5, 6]]);
    expect(litSpans(null, null)).toBeNull();
  });
});
