/**
 * The trends view's `geo` parameter: which areas a chart draws. Every view that reads or writes one goes through
 * here, so the codes links carry (`drill:E08000012`, `area:School:123456`) have one parser and one writer.
 */
export type GeoCode =
  /** `england-regions`: England and its nine regions. */
  | { kind: 'england-regions' }
  /** `level:<level>`: every area of one level (England alone for `level:National`). */
  | { kind: 'level'; level: string }
  /** `top:<level>`: the highest areas of a level with too many to draw. */
  | { kind: 'largest'; level: string }
  /** `la:<region code>`: the local authorities of one region. */
  | { kind: 'region-authorities'; region: string }
  /** `drill:<authority code>`: one authority beside its region and England. */
  | { kind: 'authority'; code: string }
  /** `sn:<authority code>`: one authority and its statistical neighbours. */
  | { kind: 'neighbours'; code: string }
  /** `area:<level>:<code>`: one area of any level beside the areas above it; the level holds no colon. */
  | { kind: 'area'; level: string; code: string };

const ENGLAND_REGIONS = 'england-regions';
const PREFIXES = {
  level: 'level:',
  largest: 'top:',
  'region-authorities': 'la:',
  authority: 'drill:',
  neighbours: 'sn:',
  area: 'area:',
} as const;

/** The code a `geo` text holds, or null for text no version of the app wrote. */
export function parseGeo(text: string): GeoCode | null {
  if (text === ENGLAND_REGIONS) return { kind: 'england-regions' };
  const after = (prefix: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : null);
  const level = after(PREFIXES.level);
  if (level !== null) return { kind: 'level', level };
  const largest = after(PREFIXES.largest);
  if (largest !== null) return { kind: 'largest', level: largest };
  const region = after(PREFIXES['region-authorities']);
  if (region !== null) return { kind: 'region-authorities', region };
  const authority = after(PREFIXES.authority);
  if (authority !== null) return { kind: 'authority', code: authority };
  const neighbours = after(PREFIXES.neighbours);
  if (neighbours !== null) return { kind: 'neighbours', code: neighbours };
  const area = after(PREFIXES.area);
  if (area === null) return null;
  const colon = area.indexOf(':');
  if (colon <= 0) return null;
  return { kind: 'area', level: area.slice(0, colon), code: area.slice(colon + 1) };
}

export function writeGeo(geo: GeoCode): string {
  switch (geo.kind) {
    case 'england-regions':
      return ENGLAND_REGIONS;
    case 'level':
    case 'largest':
      return `${PREFIXES[geo.kind]}${geo.level}`;
    case 'region-authorities':
      return `${PREFIXES[geo.kind]}${geo.region}`;
    case 'authority':
    case 'neighbours':
      return `${PREFIXES[geo.kind]}${geo.code}`;
    case 'area':
      return `${PREFIXES.area}${geo.level}:${geo.code}`;
  }
}

/** The code of the kind asked for, or null: `geoOf(text, 'authority')?.code`. */
export function geoOf<K extends GeoCode['kind']>(
  text: string | undefined,
  kind: K,
): Extract<GeoCode, { kind: K }> | null {
  const geo = text === undefined ? null : parseGeo(text);
  return geo?.kind === kind ? (geo as Extract<GeoCode, { kind: K }>) : null;
}
