import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Objects, Topology } from 'topojson-specification';

/** The compact map file the app draws: England's upper-tier authorities of 2014 onwards and its nine regions. */
export const BOUNDARIES_FILE = 'la_boundaries.topo.json';

/** Share of the boundary points kept (the most significant by triangle area); the rest is too fine for a screen. */
const KEEP = 0.25;
/** Grid of the written coordinates: 10,000 steps across England is about 50 m, finer than a screen pixel. */
const QUANTIZATION = 1e4;

interface SourceProperties {
  areacd: string;
  areanm: string;
  start?: number;
  end?: number;
}

/** Properties of one area in the map file; `start`/`end` are the first and last years (from April) it existed. */
export interface BoundaryProperties {
  code: string;
  name: string;
  /** DfE's three-digit code, which joins rows that have no ONS code (abolished authorities in LAIT's files). */
  old: string;
  /** Other ONS codes of the same area (same boundary), so a code change is one area. */
  aliases?: string[];
  start?: number;
  end?: number;
}

/**
 * One authority under two ONS codes with the same boundary. `keep` is the code DfE's files use (the latest for a
 * county that became unitary with the same boundary; the old one for Barnsley and Sheffield, recoded by ONS in 2025
 * but not in DfE's files up to 2025/26). The build checks the two boundaries are made of the same arcs.
 */
export const SAME_AREA: readonly { keep: string; drop: string }[] = [
  { keep: 'E06000060', drop: 'E10000002' }, // Buckinghamshire, unitary from April 2020
  { keep: 'E06000065', drop: 'E10000023' }, // North Yorkshire, unitary from April 2023
  { keep: 'E06000066', drop: 'E10000027' }, // Somerset, unitary from April 2023
  { keep: 'E08000016', drop: 'E08000038' }, // Barnsley, recoded by ONS in 2025
  { keep: 'E08000019', drop: 'E08000039' }, // Sheffield, recoded by ONS in 2025
];

/** DfE codes of abolished authorities that no attendance file names (LAIT knows them by these codes only). */
export const ABOLISHED_OLD_CODES: Readonly<Record<string, string>> = {
  E06000028: '837', // Bournemouth, to March 2019
  E06000029: '836', // Poole, to March 2019
  E10000009: '835', // Dorset county, to March 2019
  E10000021: '928', // Northamptonshire, to March 2021
};

export interface BoundaryFacts {
  areas: number;
  current: number;
  changed: readonly { code: string; name: string; start?: number; end?: number }[];
  merged: readonly { keep: string; drop: string; name: string }[];
  bytes: number;
  gzipBytes: number;
}

type SourceTopology = Topology<Record<string, GeometryCollection<SourceProperties>>>;

const arcSet = (geometry: GeometryObject): string =>
  JSON.stringify(
    ('arcs' in geometry ? (geometry.arcs as unknown[]).flat(3) : [])
      .map((arc) => (typeof arc === 'number' && arc < 0 ? ~arc : arc))
      .sort((a, b) => Number(a) - Number(b)),
  );

/** The English areas of one layer, each with the properties the source promises (checked, not assumed). */
function layer(source: SourceTopology, name: string, label: string, prefix: string) {
  const collection = source.objects[name];
  if (!collection) throw new Error(`${label}: no "${name}" layer; is it ONSvisual's uk-topojson output?`);
  return collection.geometries.flatMap((geometry) => {
    const properties = geometry.properties as Partial<SourceProperties> | undefined;
    if (typeof properties?.areacd !== 'string' || typeof properties.areanm !== 'string')
      throw new Error(`${label}: an area of the "${name}" layer has no areacd or areanm`);
    return properties.areacd.startsWith(prefix)
      ? [{ geometry, properties: properties as SourceProperties }]
      : [];
  });
}

/** Builds the map file from ONSvisual's uk-topojson; `oldCodes` maps ONS codes to DfE's three-digit codes. */
export function buildBoundaries(
  text: string,
  label: string,
  oldCodes: ReadonlyMap<string, string>,
): { text: string; facts: BoundaryFacts } {
  const source = JSON.parse(text) as SourceTopology;
  const authorities = layer(source, 'utla', label, 'E');
  const byCode = new Map(authorities.map((area) => [area.properties.areacd, area]));
  const merged = SAME_AREA.map(({ keep, drop }) => {
    const kept = byCode.get(keep);
    const dropped = byCode.get(drop);
    if (!kept || !dropped) throw new Error(`${label}: ${keep} or ${drop} is missing from the utla layer`);
    if (arcSet(kept.geometry) !== arcSet(dropped.geometry))
      throw new Error(`${label}: ${keep} and ${drop} have different boundaries; they are not one area`);
    return { keep, drop, name: kept.properties.areanm };
  });
  const dropped = new Set(merged.map((m) => m.drop));
  const features: Feature<Geometry, BoundaryProperties>[] = [];
  for (const { geometry, properties: p } of authorities) {
    if (dropped.has(p.areacd)) continue;
    const aliases = merged.filter((m) => m.keep === p.areacd).map((m) => m.drop);
    const old = oldCodes.get(p.areacd) ?? ABOLISHED_OLD_CODES[p.areacd];
    if (!old) throw new Error(`${label}: no DfE code for ${p.areacd} ${p.areanm}`);
    // A merged area existed for as long as either of its codes did.
    const spans = [p, ...aliases.map((code) => byCode.get(code)?.properties ?? p)];
    const start = spans.some((s) => s.start === undefined)
      ? undefined
      : Math.min(...spans.map((s) => s.start ?? 0));
    const end = spans.some((s) => s.end === undefined)
      ? undefined
      : Math.max(...spans.map((s) => s.end ?? 0));
    const properties: BoundaryProperties = {
      code: p.areacd,
      name: p.areanm,
      old,
      ...(aliases.length ? { aliases } : {}),
      ...(start !== undefined ? { start } : {}),
      ...(end !== undefined ? { end } : {}),
    };
    const shape = feature(source, geometry) as Feature<Geometry>;
    features.push({ type: 'Feature', properties, geometry: shape.geometry });
  }
  features.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  const regions = layer(source, 'rgn', label, 'E12').map(({ geometry, properties: p }) => ({
    type: 'Feature' as const,
    properties: { code: p.areacd, name: p.areanm },
    geometry: (feature(source, geometry) as Feature<Geometry>).geometry,
  }));
  regions.sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
  const collection = <T>(items: T[]) => ({ type: 'FeatureCollection', features: items }) as FeatureCollection;
  // topojson-server types its output's properties as nullable, which topojson-simplify's types do not accept.
  let map = topology({ la: collection(features), region: collection(regions) }) as Topology<
    Objects<Record<string, unknown>>
  >;
  map = presimplify(map, sphericalTriangleArea);
  map = simplify(map, quantile(map, KEEP));
  map = quantize(map, QUANTIZATION);
  const out = `${JSON.stringify(map)}\n`;
  const changed = features
    .filter((f) => f.properties.start !== undefined || f.properties.end !== undefined)
    .map(({ properties: { code, name, start, end } }) => ({ code, name, start, end }));
  return {
    text: out,
    facts: {
      areas: features.length,
      current: features.filter((f) => f.properties.end === undefined).length,
      changed,
      merged,
      bytes: Buffer.byteLength(out),
      gzipBytes: gzipSync(out, { level: 9 }).length,
    },
  };
}
