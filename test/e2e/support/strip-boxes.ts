import type { Locator, Page } from 'playwright-core';

export interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every strip button and row label inside `scope` (the whole page by default), as boxes on the screen. */
export function stripBoxes(scope: Page | Locator): Promise<Box[]> {
  const read = (elements: Element[]) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        name: element.getAttribute('aria-label') ?? element.textContent ?? '',
        left: box.left,
        right: box.right,
        top: box.top,
        bottom: box.bottom,
      };
    });
  return scope.locator('.lane-item > button, .strip-row-label').evaluateAll(read);
}

/** The pairs of boxes that overprint each other; half a pixel of rounding is not an overprint. */
export function overlaps(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      if (
        a.left < b.right - 0.5 &&
        b.left < a.right - 0.5 &&
        a.top < b.bottom - 0.5 &&
        b.top < a.bottom - 0.5
      )
        found.push(`${a.name} / ${b.name}`);
    }),
  );
  return found;
}
