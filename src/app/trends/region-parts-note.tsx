import type { Dataset } from '../../data/catalogue';
import { parseGeo } from '../url/geo-code';
import { parseAreaGeo, partsOf, regionsGivenAsParts } from '../trend-choices/area-choice';

/**
 * Beside a chart of regions, or of London, from a file that gives London only as Inner and Outer London: says the
 * parts are drawn as the file gives them, and why they are not added up into one London line.
 */
export function RegionPartsNote({ dataset, geography }: { dataset: Dataset; geography: string }) {
  const chosen = parseAreaGeo(geography);
  const geo = parseGeo(geography);
  const regions = regionsGivenAsParts(dataset).filter(
    (region) =>
      geo?.kind === 'england-regions' ||
      (geo?.kind === 'level' && geo.level === 'Regional') ||
      (chosen?.level === 'Regional' && chosen.code === region.code),
  );
  if (regions.length === 0) return null;
  return (
    <p className="chart-note" data-testid="region-parts">
      {regions
        .map((region) => {
          const parts = partsOf(dataset, region).map((a) => a.name);
          return `This file gives ${region.name} as ${parts.join(' and ')}: they are drawn as the file gives them, not added up into one ${region.name} line (a rate of two parts does not add up).`;
        })
        .join(' ')}
    </p>
  );
}
