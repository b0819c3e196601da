import { describe, expect, test } from 'vitest';
import { watchWidth } from '../../src/charts/use-element-width';

/**
 * The browser's ResizeObserver, played by hand: Node has none. It keeps what the code under test gives it, so the
 * test can deliver resizes and see whether watching stopped.
 */
class HandObserver {
  static last: HandObserver | null = null;
  observed: Element[] = [];
  disconnected = false;
  constructor(readonly callback: ResizeObserverCallback) {
    HandObserver.last = this;
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  resize(widths: readonly number[]) {
    const entries = widths.map((width) => ({ contentRect: { width } }) as ResizeObserverEntry);
    this.callback(entries, this as unknown as ResizeObserver);
  }
}

const element = (width: number) => ({ getBoundingClientRect: () => ({ width }) }) as Element;

describe('a chart follows the width of its box', () => {
  test('measured at once, then on every resize, in whole pixels; watching stops when asked', () => {
    const widths: number[] = [];
    const box = element(640.8);
    const stop = watchWidth(
      box,
      (width) => widths.push(width),
      HandObserver as unknown as typeof ResizeObserver,
    );
    const observer = HandObserver.last;
    expect(observer?.observed).toEqual([box]);
    observer?.resize([480.4]);
    observer?.resize([]);
    expect(widths).toEqual([640, 480]);
    stop();
    expect(observer?.disconnected).toBe(true);
  });
});
