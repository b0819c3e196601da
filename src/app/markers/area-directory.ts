import type { Dataset } from '../../data/catalogue';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import type { LaRegionLookup } from '../../timeline/event-scope';

export interface AreaOption {
  value: string;
  label: string;
  group: string;
}

/** The areas a marker can be about and the names of codes, from the loaded data (England and regions always). */
export interface AreaDirectory {
  options: AreaOption[];
  nameOf: (code: string) => string;
  laToRegion: LaRegionLookup;
}

export function buildAreaDirectory(datasets: readonly Pick<Dataset, 'areas'>[]): AreaDirectory {
  const names = new Map<string, string>([
    [ENGLAND.code, ENGLAND.name],
    ...REGIONS.map((r) => [r.code, r.name] as const),
  ]);
  const laToRegion = new Map<string, string>();
  const las = new Map<string, string>();
  for (const dataset of datasets)
    for (const area of dataset.areas) {
      if (area.level !== 'Local authority') continue;
      las.set(area.code, area.name);
      if (area.regionCode) laToRegion.set(area.code, area.regionCode);
    }
  for (const [code, name] of las) if (!names.has(code)) names.set(code, name);
  const options: AreaOption[] = [
    { value: ENGLAND.code, label: 'England (the whole country)', group: 'Country' },
    ...REGIONS.map((r) => ({ value: r.code, label: r.name, group: 'Regions' })),
    ...[...las]
      .sort(([, a], [, b]) => a.localeCompare(b))
      .map(([code, name]) => ({ value: code, label: name, group: 'Local authorities' })),
  ];
  return { options, nameOf: (code) => names.get(code) ?? code, laToRegion };
}
