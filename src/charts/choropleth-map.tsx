import type { Feature, Geometry } from 'geojson';
import { useId, useMemo, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { AreaPath } from './area-path';
import { MapLegend } from './map-legend';
import type { MapClass } from './map-classes';
import { projectedPaths, type Box } from './map-paths';

/** One area as drawn: its shape, its class (-1: no figure, hatched) and the words that describe it. */
export interface MapAreaDatum {
  key: string;
  name: string;
  /** The map file's own object for the area: outlines are worked out once per shape. */
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
  /** Region outlines; the map is fitted to them, so keep the same array while the regions stay the same. */
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
const MAIN: Box = { x: 0, y: 0, width: 470, height: 560 };
const LONDON: Box = { x: 480, y: 10, width: 290, height: 230 };
const SCILLY: Box = { x: 30, y: 330, width: 90, height: 70 };
const LEGEND_Y = 260;
const HEIGHT = 600;
const NO_FIGURE = '#f3f2f1';
const SCILLY_CODE = 'E06000053';
const LONDON_REGION = 'E12000007';
const NO_SHAPES: readonly Feature<Geometry>[] = [];

interface Drawn {
  key: string;
  box: string;
  d: string;
  focusable: boolean;
}

const regionCode = (shape: Feature<Geometry>) => (shape.properties as { code?: string } | null)?.code;

/** The projections of the three boxes, made again only when the regions or the boxed areas change. */
function useBoxes(areas: readonly MapAreaDatum[], regions: readonly Feature<Geometry>[], insets: boolean) {
  const shapeKey = areas.map((a) => a.key).join(',');
  // Without region outlines (never so for the app's map file) the map is fitted to the areas themselves.
  const areaShapes = useMemo(
    () => (regions.length ? NO_SHAPES : areas.map((a) => a.shape)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the shapes are fixed for a given set of keys
    [shapeKey, regions],
  );
  const londonRegion = insets ? regions.find((r) => regionCode(r) === LONDON_REGION) : undefined;
  const scilly = insets ? areas.find((a) => a.key === SCILLY_CODE)?.shape : undefined;
  return useMemo(
    () => ({
      main: projectedPaths(MAIN, regions.length ? regions : areaShapes),
      london: projectedPaths(LONDON, londonRegion ? [londonRegion] : NO_SHAPES),
      scilly: projectedPaths(SCILLY, scilly ? [scilly] : NO_SHAPES),
      londonOutline: londonRegion,
    }),
    [regions, areaShapes, londonRegion, scilly],
  );
}

/** Each area's outline in the main box and, when asked, London's and Scilly's again in their own boxes. */
function drawnAreas(areas: readonly MapAreaDatum[], boxes: ReturnType<typeof useBoxes>, insets: boolean) {
  const drawn: Drawn[] = [];
  const boxed: Drawn[] = [];
  for (const area of areas) {
    const inLondon = insets && area.london && boxes.londonOutline !== undefined;
    const inScilly = insets && area.key === SCILLY_CODE;
    drawn.push({ key: area.key, box: 'main', d: boxes.main(area.shape), focusable: !inLondon && !inScilly });
    if (inLondon) boxed.push({ key: area.key, box: 'london', d: boxes.london(area.shape), focusable: true });
    if (inScilly) boxed.push({ key: area.key, box: 'scilly', d: boxes.scilly(area.shape), focusable: true });
  }
  return [...drawn, ...boxed];
}

/** The area a pointer or key event happened on, through the group that holds every area. */
const areaOf = (event: SyntheticEvent) =>
  event.target instanceof Element ? event.target.closest('[data-area]')?.getAttribute('data-area') : null;

/**
 * England's authorities shaded in classes, drawn from props as an SVG: regions outlined, London and the Isles of
 * Scilly repeated larger in boxes, areas without a figure hatched. Every area is a keyboard stop that tells its
 * figures; Enter or a click selects it.
 */
export function ChoroplethMap(props: ChoroplethMapProps) {
  const { areas, classes, onSelect, insets } = props;
  const id = useId().replace(/:/g, '');
  const hatch = `map-hatch-${id}`;
  const boxes = useBoxes(areas, props.regions, insets);
  const drawn = drawnAreas(areas, boxes, insets);
  const [active, setActive] = useState<string | null>(null);
  const byKey = useMemo(() => new Map(areas.map((a) => [a.key, a])), [areas]);
  const current = active ? byKey.get(active) : undefined;
  const fill = (area: MapAreaDatum) =>
    area.classIndex >= 0 ? (classes[area.classIndex]?.colour ?? NO_FIGURE) : `url(#${hatch})`;
  const activate = (event: SyntheticEvent) => {
    const key = areaOf(event);
    if (key) setActive(key);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const key = areaOf(event);
    if (key && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      onSelect?.(key);
    }
  };
  const highlight = drawn.filter((d) => d.key === active);
  const hasLondon = drawn.some((d) => d.box === 'london');
  const hasScilly = drawn.some((d) => d.box === 'scilly');
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
        {hasLondon && (
          <g aria-hidden="true">
            <rect {...LONDON} fill="#fff" stroke="#505a5f" />
            <text x={LONDON.x + 6} y={LONDON.y + 16} fontSize={12} fill="#0b0c0c">
              London
            </text>
          </g>
        )}
        {hasScilly && (
          <g aria-hidden="true">
            <rect {...SCILLY} fill="#fff" stroke="#505a5f" />
            <text x={SCILLY.x + 4} y={SCILLY.y + SCILLY.height + 14} fontSize={11} fill="#0b0c0c">
              Isles of Scilly
            </text>
          </g>
        )}
        <g
          className="choropleth-areas"
          stroke="#fff"
          strokeWidth={0.5}
          onMouseOver={activate}
          onFocus={activate}
          onClick={(event) => {
            const key = areaOf(event);
            if (key) onSelect?.(key);
          }}
          onKeyDown={onKeyDown}
        >
          {drawn.map((d) => {
            const area = byKey.get(d.key);
            return area ? (
              <AreaPath
                key={`${d.box}:${d.key}`}
                code={area.key}
                d={d.d}
                fill={fill(area)}
                value={area.value}
                classIndex={area.classIndex}
                label={`${area.name}: ${area.summary}`}
                focusable={d.focusable}
                selectable={onSelect !== undefined}
              />
            ) : null;
          })}
        </g>
        <g fill="none" stroke="#0b0c0c" strokeWidth={1} pointerEvents="none" aria-hidden="true">
          {props.regions.map((region, index) => (
            <path key={regionCode(region) ?? index} d={boxes.main(region)} />
          ))}
          {hasLondon && boxes.londonOutline && <path d={boxes.london(boxes.londonOutline)} />}
        </g>
        <g fill="none" pointerEvents="none" aria-hidden="true" className="choropleth-highlight">
          {highlight.map((d) => (
            <g key={d.box}>
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
