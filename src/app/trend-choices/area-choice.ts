import type { Area, Dataset } from '../../data/catalogue';
import { ENGLAND, GEOGRAPHIC_LEVELS, REGIONS } from '../../data/ees/geography';
import type { SelectOption } from '../../ui/select-field';
import { parseGeo, writeGeo } from '../url/geo-code';

/**
 * One area of any EES level, chosen from its level and then from the areas grouped under their parent (a school
 * under its authority, a ward under its district), drawn beside the areas above it. The choice lives in the URL as
 * `geo=area:<level>:<code>` (an authority keeps its older `drill:<code>`).
 */
const LOCAL_AUTHORITY = 'Local authority';

export interface AreaRef {
  level: string;
  code: string;
}

export function areaGeo(level: string, code: string): string {
  return writeGeo(level === LOCAL_AUTHORITY ? { kind: 'authority', code } : { kind: 'area', level, code });
}

export function parseAreaGeo(text: string): AreaRef | null {
  const geo = parseGeo(text);
  if (geo?.kind === 'authority') return { level: LOCAL_AUTHORITY, code: geo.code };
  if (geo?.kind === 'area') return { level: geo.level, code: geo.code };
  return null;
}

/**
 * The dataset's areas, with a region the file gives only as its parts added as one area: files whose region
 * columns use Inner and Outer London (E13000001/2) have no London row, yet London is one of the nine regions and is
 * listed as one, with its parts under it. Its figures are its parts' own (a rate of two parts does not add up).
 */
export function choosableAreas(dataset: Dataset): Area[] {
  const byLevel = new Set(dataset.areas.map((a) => `${a.level}|${a.code}`));
  const added = new Map<string, Area>();
  for (const area of dataset.areas) {
    const region = REGIONS.find((r) => r.code === area.parentCode);
    if (area.level !== 'Regional' || !region || byLevel.has(`Regional|${region.code}`)) continue;
    added.set(region.code, {
      level: 'Regional',
      code: region.code,
      name: region.name,
      regionCode: region.code,
      parentCode: ENGLAND.code,
      parentName: ENGLAND.name,
    });
  }
  return added.size ? [...dataset.areas, ...added.values()] : dataset.areas;
}

/** Regions the file gives only as their parts (London as Inner and Outer London), for a note beside the chart. */
export function regionsGivenAsParts(dataset: Dataset): Area[] {
  return choosableAreas(dataset).filter((a) => a.level === 'Regional' && !dataset.areas.includes(a));
}

/** Areas of the same level listed under `area`: Inner and Outer London under a London the file gives as parts. */
export function partsOf(dataset: Dataset, area: Area): Area[] {
  return dataset.areas.filter((a) => a.level === area.level && a.parentCode === area.code);
}

export function findArea(dataset: Dataset | undefined, ref: AreaRef | null): Area | undefined {
  if (!dataset || !ref) return undefined;
  return choosableAreas(dataset).find((a) => a.level === ref.level && a.code === ref.code);
}

const levelRank = (level: string): number => {
  const index = GEOGRAPHIC_LEVELS.findIndex((l) => l.level === level);
  return index < 0 ? GEOGRAPHIC_LEVELS.length : index;
};

/** The levels a dataset has areas of, in the standard's order (National first). */
export function areaLevels(dataset: Dataset | undefined): string[] {
  const levels = new Set(dataset?.areas.map((a) => a.level) ?? []);
  return [...levels].sort((a, b) => levelRank(a) - levelRank(b) || a.localeCompare(b));
}

const byName = (a: { name: string }, b: { name: string }) =>
  a.name.localeCompare(b.name, 'en-GB', { numeric: true });

/** Where an area is listed: its parent's code (an authority's region when the file gives no parent). */
const parentOf = (area: Area): string | null => area.parentCode ?? area.regionCode ?? null;

/** A level's areas as options grouped under their parent's name; only those of `parent` when one is given. */
export function areaOptions(dataset: Dataset, level: string, parent: string | null = null): SelectOption[] {
  return choosableAreas(dataset)
    .filter((a) => a.level === level && (parent === null || (parentOf(a) ?? '') === parent))
    .map((a) => ({ area: a, group: a.parentName ?? parentOf(a) ?? 'England' }))
    .sort((a, b) => a.group.localeCompare(b.group, 'en-GB') || byName(a.area, b.area))
    .map(({ area, group }) => ({
      value: areaGeo(level, area.code),
      label: area.name === area.code ? area.code : `${area.name} (${area.code})`,
      group,
    }));
}

/**
 * The area and the areas above it that the dataset has (a school, its authority, its region, England), each code
 * once: a chart of one area shows it beside what it is part of.
 */
export function areaChain(dataset: Dataset, area: Area): Area[] {
  const chain: Area[] = [area];
  const seen = new Set([area.code]);
  let current: Area | undefined = area;
  while (current) {
    const parentCode = parentOf(current);
    const below: Area = current;
    current = parentCode
      ? dataset.areas
          .filter((a) => a.code === parentCode && levelRank(a.level) < levelRank(below.level))
          .sort((a, b) => levelRank(b.level) - levelRank(a.level))[0]
      : undefined;
    if (current && !seen.has(current.code)) {
      chain.push(current);
      seen.add(current.code);
    }
  }
  const england = dataset.areas.find((a) => a.level === 'National');
  if (england && !seen.has(england.code)) chain.push(england);
  return chain;
}

/** The label of a one-area choice: the area (as its parts, where the file gives only those) and what it is beside. */
export function areaChoiceLabel(dataset: Dataset, area: Area): string {
  const others = areaChain(dataset, area)
    .slice(1)
    .map((a) => (a.code === ENGLAND.code ? 'England' : a.name));
  const parts = partsOf(dataset, area).map((a) => a.name);
  const name = parts.length ? `${area.name} (${parts.join(' and ')})` : area.name;
  return others.length ? `${name} with ${others.join(', ')}` : name;
}
