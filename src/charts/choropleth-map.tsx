import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { MapLegend } from './map-legend';
import type { MapClass } from './map-classes';

/** One area as drawn: its shape, its class (-1: no figure, hatched) and the words that describe it. */
export interface MapAreaDatum {
  key: string;
  name: string;
  shape: Feature<Geometry>;
  value: number | null;
  classIndex: number;
  /** "3.11%, rank 5 of 153, +0.23 pp on 2023/24", or why there is no figure. */
  summary: string;
  /** Only the areas inside the London box (a borough is a few pixels at England's scale). */
  london: boolean;
}

export interface ChoroplethMapProps {
  areas: readonly MapAreaDatum[];
  regions: readonly Feature<Geometry>[];
  classes: readonly MapClass[];
  legendTitle: string;
  formatValue: (value: number) => string;
  attribution: string;
  /** Draw London and the Isles of Scilly again, larger, in boxes beside England. */
  insets: boolean;
  onSelect?: (key: string) => void;
}

const WIDTH = 780;
const MAIN = { x: 0, y: 0, width: 470, height: 560 };
const LONDON = { x: 480, y: 10, width: 290, height: 230 };
const SCILLY = { x: 30, y: 330, width: 90, height: 70 };
const LEGEND_Y = 260;
const HEIGHT = 600;
const NO_FIGURE = '#f3f2f1';
const SCILLY_CODE = 'E06000053';

type Box = typeof MAIN;

const collection = (shapes: readonly Feature<Geometry>[]): FeatureCollection<Geometry> => ({
  type: 'FeatureCollection',
  features: [...shapes],
});

/** A projection close to the British National Grid (transverse Mercator on 2°W) fitted into a box. */
function pathIn(box: Box, shapes: readonly Feature<Geometry>[]) {
  if (!shapes.length) return null;
  const projection = geoTransverseMercator()
    .rotate([2, 0])
    .fitExtent(
      [
        [box.x + 4, box.y + 4],
        [box.x + box.width - 4, box.y + box.height - 4],
      ],
      collection(shapes),
    );
  return geoPath(projection);
}

interface Drawn {
  key: string;
  d: string;
  focusable: boolean;
}

/** Each area's outline in the main box and, when asked, London and Scilly again in their own boxes. */
function useOutlines(areas: readonly MapAreaDatum[], regions: readonly Feature<Geometry>[], insets: boolean) {
  // Outlines depend on the shapes only, so a new period or indicator recolours without re-projecting.
  const shapeKey = areas.map((a) => a.key).join(',');
  return useMemo(() => {
    const main = pathIn(
      MAIN,
      areas.map((a) => a.shape),
    );
    const london = insets ? areas.filter((a) => a.london) : [];
    const scilly = insets ? areas.filter((a) => a.key === SCILLY_CODE) : [];
    const inLondon = pathIn(
      LONDON,
      london.map((a) => a.shape),
    );
    const inScilly = pathIn(
      SCILLY,
      scilly.map((a) => a.shape),
    );
    const boxed = new Set([...london, ...scilly].map((a) => a.key));
    const drawn: Drawn[] = [];
    for (const area of areas)
      drawn.push({ key: area.key, d: main?.(area.shape) ?? '', focusable: !boxed.has(area.key) });
    for (const area of london)
      drawn.push({ key: area.key, d: inLondon?.(area.shape) ?? '', focusable: true });
    for (const area of scilly)
      drawn.push({ key: area.key, d: inScilly?.(area.shape) ?? '', focusable: true });
    const regionLines = regions.map((r) => main?.(r) ?? '');
    const londonRegion = regions.find(
      (r) => (r.properties as { code?: string } | null)?.code === 'E12000007',
    );
    const londonOutline = london.length && londonRegion ? (inLondon?.(londonRegion) ?? '') : '';
    return { drawn, regionLines, londonOutline, hasLondon: london.length > 0, hasScilly: scilly.length > 0 };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the shapes are fixed for a given set of keys
  }, [shapeKey, regions, insets]);
}

/**
 * England's authorities shaded in classes, drawn from props as an SVG: regions outlined, London and the Isles of
 * Scilly repeated larger in boxes, areas without a figure hatched. Every area is a keyboard stop that tells its
 * figures; Enter or a click selects it.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { areas, classes, onSelect } = props;
  const id = useId().replace(/:/g, '');
  const hatch = `map-hatch-${id}`;
  const outlines = useOutlines(areas, props.regions, props.insets);
  const [active, setActive] = useState<string | null>(null);
  const byKey = useMemo(() => new Map(areas.map((a) => [a.key, a])), [areas]);
  const current = active ? byKey.get(active) : undefined;
  const fill = (area: MapAreaDatum) =>
    area.classIndex >= 0 ? (classes[area.classIndex]?.colour ?? NO_FIGURE) : `url(#${hatch})`;
  const onKey = (key: string) => (event: KeyboardEvent<SVGPathElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(key);
    }
  };
  const highlight = outlines.drawn.filter((d) => d.key === active);
  return (
    <div className="choropleth">
      <svg
        className="choropleth-surface"
        data-chart-surface
        width={WIDTH}
        height={HEIGHT}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={`${props.legendTitle}: map of ${areas.length} areas`}
        onMouseLeave={() => setActive(null)}
      >
        <defs>
          <pattern
            id={hatch}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={NO_FIGURE} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#505a5f" strokeWidth="1.5" />
          </pattern>
        </defs>
        {outlines.hasLondon && (
          <g aria-hidden="true">
            <rect {...LONDON} fill="#fff" stroke="#505a5f" />
            <text x={LONDON.x + 6} y={LONDON.y + 16} fontSize={12} fill="#0b0c0c">
              London
            </text>
          </g>
        )}
        {outlines.hasScilly && (
          <g aria-hidden="true">
            <rect {...SCILLY} fill="#fff" stroke="#505a5f" />
            <text x={SCILLY.x + 4} y={SCILLY.y + SCILLY.height + 14} fontSize={11} fill="#0b0c0c">
              Isles of Scilly
            </text>
          </g>
        )}
        <g className="choropleth-areas" stroke="#fff" strokeWidth={0.5}>
          {outlines.drawn.map((drawn, index) => {
            const area = byKey.get(drawn.key);
            if (!area) return null;
            const text = `${area.name}: ${area.summary}`;
            return drawn.focusable ? (
              <path
                key={`${drawn.key}-${index}`}
                d={drawn.d}
                fill={fill(area)}
                data-area={area.key}
                data-value={area.value ?? ''}
                data-class={area.classIndex}
                tabIndex={0}
                role={onSelect ? 'button' : 'img'}
                aria-label={text}
                onMouseEnter={() => setActive(area.key)}
                onFocus={() => setActive(area.key)}
                onClick={() => onSelect?.(area.key)}
                onKeyDown={onKey(area.key)}
              >
                <title>{text}</title>
              </path>
            ) : (
              <path key={`${drawn.key}-${index}`} d={drawn.d} fill={fill(area)} aria-hidden="true" />
            );
          })}
        </g>
        <g fill="none" stroke="#0b0c0c" strokeWidth={1} pointerEvents="none" aria-hidden="true">
          {outlines.regionLines.map((d, index) => (
            <path key={index} d={d} />
          ))}
          {outlines.londonOutline && <path d={outlines.londonOutline} />}
        </g>
        <g fill="none" pointerEvents="none" aria-hidden="true" className="choropleth-highlight">
          {highlight.map((d, index) => (
            <g key={index}>
              <path d={d.d} stroke="#ffdd00" strokeWidth={5} />
              <path d={d.d} stroke="#0b0c0c" strokeWidth={2} />
            </g>
          ))}
        </g>
        <MapLegend
          x={LONDON.x}
          y={LEGEND_Y}
          title={props.legendTitle}
          classes={classes}
          hatch={hatch}
          formatValue={props.formatValue}
        />
        <text x={4} y={HEIGHT - 6} fontSize={10} fill="#505a5f">
          {props.attribution}
        </text>
      </svg>
      <p className="choropleth-detail" role="status">
        {current ? (
          <>
            <strong>{current.name}</strong>: {current.summary}
          </>
        ) : (
          'Point at an area, or move to it with Tab, to read its figures.'
        )}
      </p>
    </div>
  );
}
