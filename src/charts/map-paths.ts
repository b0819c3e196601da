import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An outline's SVG path in one box; '' for a shape that draws nothing there. */
export type PathOf = (shape: Feature<Geometry>) => string;

/**
 * A projection close to the British National Grid (transverse Mercator on 2°W) fitted so that `fitTo` fills the box,
 * and each shape's path worked out once. Shapes are the map file's own objects, the same from one redraw to the next,
 * so a new period or indicator only recolours: projecting 150-odd outlines was most of a redraw's time.
 */
export function projectedPaths(box: Box, fitTo: readonly Feature<Geometry>[]): PathOf {
  if (!fitTo.length) return () => '';
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent(
      [
        [box.x + 4, box.y + 4],
        [box.x + box.width - 4, box.y + box.height - 4],
      ],
      { type: 'FeatureCollection', features: [...fitTo] },
    );
  const path = geoPath(projection);
  const drawn = new WeakMap<Feature<Geometry>, string>();
  return (shape) => {
    let d = drawn.get(shape);
    if (d === undefined) {
      d = path(shape) ?? '';
      drawn.set(shape, d);
    }
    return d;
  };
}
