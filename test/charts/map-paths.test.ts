import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { projectedPaths, type Box } from '../../src/charts/map-paths';
import { areasOfYear, parseBoundaries } from '../../src/data/geo/map-boundaries';

const boundaries = parseBoundaries(
  readFileSync(fileURLToPath(new URL('../../data/la_boundaries.topo.json', import.meta.url)), 'utf8'),
);
const BOX: Box = { x: 0, y: 0, width: 470, height: 560 };

/** Every x, y pair of an SVG path made by d3-geo (M, L, Z and, for points, arcs). */
const points = (d: string) => {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1] ?? NaN] as const] : []));
};

describe('outlines fitted to the regions', () => {
  const pathOf = projectedPaths(BOX, boundaries.regions);

  test.each([2014, 2018, 2021, 2024])('every authority of %s lies inside the box', (year) => {
    for (const area of areasOfYear(boundaries.areas, year)) {
      const d = pathOf(area);
      expect(d, area.properties.name).not.toBe('');
      for (const [x, y] of points(d)) {
        expect(x).toBeGreaterThanOrEqual(BOX.x);
        expect(x).toBeLessThanOrEqual(BOX.x + BOX.width);
        expect(y).toBeGreaterThanOrEqual(BOX.y);
        expect(y).toBeLessThanOrEqual(BOX.y + BOX.height);
      }
    }
  });

  test('a shape is projected once: the same text comes back for the same object', () => {
    const sheffield = boundaries.areas.find((a) => a.properties.code === 'E08000019');
    if (!sheffield) throw new Error('no Sheffield in the map file');
    const first = pathOf(sheffield);
    expect(pathOf(sheffield)).toBe(first);
    // A copy of the shape is a new object: the same outline, worked out again.
    expect(pathOf({ ...sheffield })).toBe(first);
  });

  test('another box draws the same shape elsewhere; nothing to fit to draws nothing', () => {
    const london = boundaries.regions.find((r) => r.properties.code === 'E12000007');
    if (!london) throw new Error('no London region in the map file');
    const inset = projectedPaths({ x: 480, y: 10, width: 290, height: 230 }, [london]);
    const [x = NaN] = points(inset(london))[0] ?? [];
    expect(x).toBeGreaterThanOrEqual(480);
    expect(projectedPaths(BOX, [])(london)).toBe('');
  });
});
