import type { Dataset, IndicatorColumn } from '../../data/catalogue';
import { REGIONS } from '../../data/ees/geography';
import type { SeriesRequest } from '../../data/sql/series-query';
import type { UrlParams } from '../url-state';

export const DEFAULT_DATASET = 'annual_absence';
export const DEFAULT_INDICATOR = 'enrolments_pa_50_exact_percent';

export interface TrendChoices {
  dataset: Dataset | undefined;
  datasetId: string;
  indicator: IndicatorColumn | undefined;
  phase: string;
  geography: string;
  filters: Record<string, string>;
}

/** Geography choices: England with its regions; a level alone; or the local authorities of one region. */
export function geographyOptions(dataset: Dataset | undefined): { value: string; label: string }[] {
  if (!dataset) return [];
  const options: { value: string; label: string }[] = [];
  const has = (level: string) => dataset.levels.includes(level);
  if (has('National') && has('Regional'))
    options.push({ value: 'england-regions', label: 'England and the regions' });
  for (const level of dataset.levels)
    if (level !== 'Local authority')
      options.push({ value: `level:${level}`, label: level === 'National' ? 'England' : `${level} (all)` });
  if (has('Local authority'))
    for (const region of REGIONS)
      options.push({ value: `la:${region.code}`, label: `Local authorities in ${region.name}` });
  return options;
}

function preferredIndicator(dataset: Dataset, wanted: string | undefined): IndicatorColumn | undefined {
  return (
    dataset.indicators.find((i) => i.column === wanted) ??
    dataset.indicators.find((i) => i.concept === 'severe') ??
    dataset.indicators.find((i) => i.unit === '%') ??
    dataset.indicators[0]
  );
}

export function readChoices(params: UrlParams, datasets: readonly Dataset[]): TrendChoices {
  const datasetId = params.ds ?? DEFAULT_DATASET;
  const dataset = datasets.find((d) => d.id === datasetId);
  const indicator = dataset ? preferredIndicator(dataset, params.ind ?? DEFAULT_INDICATOR) : undefined;
  const phases = dataset?.phases ?? [];
  const phase =
    params.phase && phases.includes(params.phase)
      ? params.phase
      : phases.includes('Total')
        ? 'Total'
        : (phases[0] ?? 'Total');
  const geographies = geographyOptions(dataset).map((o) => o.value);
  const geography =
    params.geo && geographies.includes(params.geo) ? params.geo : (geographies[0] ?? 'england-regions');
  const filters: Record<string, string> = {};
  for (const filter of dataset?.filters ?? []) {
    const wanted = params[`f.${filter.column}`];
    filters[filter.column] =
      wanted !== undefined && filter.values.includes(wanted)
        ? wanted
        : filter.values.includes('Total')
          ? 'Total'
          : (filter.values[0] ?? '');
  }
  return { dataset, datasetId, indicator, phase, geography, filters };
}

export function toSeriesRequest(choices: TrendChoices): SeriesRequest | null {
  const { dataset, indicator } = choices;
  if (!dataset || !indicator) return null;
  const base = {
    view: dataset.view,
    indicator: indicator.column,
    phase: choices.phase,
    areaCodes: null,
    filters: choices.filters,
    from: null,
    to: null,
  };
  if (choices.geography === 'england-regions') return { ...base, levels: ['National', 'Regional'] };
  if (choices.geography.startsWith('la:'))
    return { ...base, levels: ['Local authority'], regionCode: choices.geography.slice(3) };
  return { ...base, levels: [choices.geography.replace(/^level:/, '')] };
}
