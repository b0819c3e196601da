import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One authority's boundary as the map file gives it (written by scripts/build-data/la-boundaries.ts). */
export interface AreaProperties {
  code: string;
  name: string;
  /** DfE's three-digit code. */
  old: string;
  /** Other ONS codes of the same area. */
  aliases?: string[];
  /** First and last years (from April) the area existed; absent: throughout. */
  start?: number;
  end?: number;
}

export type AreaShape = Feature<Geometry, AreaProperties>;
export type RegionShape = Feature<Geometry, { code: string; name: string }>;

export interface Boundaries {
  areas: AreaShape[];
  regions: RegionShape[];
}

/** Shown wherever a map is drawn, as the Open Government Licence asks. */
export const BOUNDARY_ATTRIBUTION =
  'Boundaries: Office for National Statistics, Open Government Licence v3.0. Contains OS data © Crown copyright and database right.';

export const BOUNDARIES_FILE = 'la_boundaries.topo.json';

// Only the file's address is bundled; the file itself is fetched when a map is first shown.
const urls = import.meta.glob<string>('../../../data/la_boundaries.topo.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

type MapTopology = Topology<{
  la: GeometryCollection<AreaProperties>;
  region: GeometryCollection<{ code: string; name: string }>;
}>;

/** The map file's two layers as GeoJSON features; a file without them is refused with what to do. */
export function parseBoundaries(text: string): Boundaries {
  const map = JSON.parse(text) as Partial<MapTopology>;
  if (map.type !== 'Topology' || !map.objects?.la || !map.objects.region)
    throw new Error(`${BOUNDARIES_FILE} is not the map file the app expects: run npm run data:build.`);
  const topology = map as MapTopology;
  const areas = feature(topology, topology.objects.la) as FeatureCollection<Geometry, AreaProperties>;
  const regions = feature(topology, topology.objects.region) as FeatureCollection<
    Geometry,
    { code: string; name: string }
  >;
  return { areas: areas.features, regions: regions.features };
}

export async function fetchBoundaries(): Promise<Boundaries> {
  const url = Object.values(urls)[0];
  if (!url) throw new Error(`The map file ${BOUNDARIES_FILE} is missing from data/: run npm run data:build.`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not fetch the map file: HTTP ${response.status}.`);
  return parseBoundaries(await response.text());
}

/**
 * The boundary year of a period: ONS's areas change in April, so a period starting in January to March belongs to
 * the year before (an academic year, starting in September, to its own first year).
 */
export function boundaryYear(periodStart: string): number | null {
  const match = /^(\d{4})-(\d{2})/.exec(periodStart);
  if (!match) return null;
  const year = Number(match[1]);
  return Number(match[2]) >= 4 ? year : year - 1;
}

/** The authorities that existed in a boundary year. */
export const areasOfYear = (areas: readonly AreaShape[], year: number): AreaShape[] =>
  areas.filter((a) => (a.properties.start ?? -Infinity) <= year && year <= (a.properties.end ?? Infinity));
