import type { Area } from '../catalogue';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent } from '../sql/quote';

type Place = {
  level: string | null;
  phase: string;
  code: string | null;
  name: string | null;
  region: string | null;
  parent: string | null;
  parent_name: string | null;
};

export interface ViewAreas {
  /** Each area once, with every phase it has rows for; rows without a level or code name no area. */
  areas: Area[];
  levels: string[];
  phases: string[];
}

/** The areas, levels and phases a dataset's view holds, as a load describes them (and the hosted sets' writer). */
export async function viewAreas(engine: SqlEngine, view: string): Promise<ViewAreas> {
  const places = await engine.query<Place>(
    `SELECT level, phase, area_code AS code, any_value(area_name) AS name, any_value(region_code) AS region,
       any_value(parent_code) AS parent, any_value(parent_name) AS parent_name
     FROM ${quoteIdent(view)} GROUP BY level, phase, area_code ORDER BY level, name`,
  );
  const areas = new Map<string, Area>();
  for (const place of places) {
    if (!place.level || !place.code) continue;
    const known = areas.get(`${place.level}|${place.code}`);
    if (known) {
      known.phases?.push(place.phase);
      continue;
    }
    areas.set(`${place.level}|${place.code}`, {
      level: place.level,
      code: place.code,
      name: place.name ?? place.code,
      regionCode: place.region || null,
      parentCode: place.parent || null,
      parentName: place.parent_name || null,
      phases: [place.phase],
    });
  }
  return {
    areas: [...areas.values()],
    levels: [...new Set(places.flatMap((place) => (place.level ? [place.level] : [])))].sort(),
    phases: [...new Set(places.map((place) => place.phase))].sort(),
  };
}
