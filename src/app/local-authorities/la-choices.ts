import type { Dataset, IndicatorColumn } from '../../data/catalogue';
import { manifest } from '../../data/default-data';
import { REGIONS } from '../../data/ees/geography';
import {
  DEFAULT_BASELINE,
  LOCAL_AUTHORITY,
  REGIONAL,
  type RankingLevel,
  type RankingRequest,
} from '../../queries/ranking-query-options';
import { schoolsBeside } from '../../queries/schools-columns';
import { DEFAULT_DATASET, DEFAULT_INDICATOR, preferredIndicator } from '../trend-choices/trend-choices';
import { chosenFilterValue } from '../filter-param';
import type { UrlParams } from '../url-state';
import { localAuthoritiesUrl, NO_BASELINE } from '../url/local-authorities-url';
import { readSort, type SortState } from './ranking-sort';

export interface LaChoices {
  datasetId: string;
  dataset: Dataset | undefined;
  /** A default dataset the URL names that is not loaded yet (the view asks for it). */
  waitingFor: string | null;
  indicator: IndicatorColumn | undefined;
  /** The regions for a file with no local-authority rows, or when chosen. */
  level: RankingLevel;
  phase: string;
  /** '' for every region. */
  regionCode: string;
  /** '' for the latest period with figures. */
  latest: string;
  /** '' for no baseline. */
  baseline: string;
  filters: Record<string, string>;
  sort: SortState;
  grain: string;
}

export const rankableDatasets = (datasets: readonly Dataset[]): Dataset[] =>
  datasets.filter((d) => d.levels.includes(LOCAL_AUTHORITY) || d.levels.includes(REGIONAL));

/** The levels a dataset can rank, authorities first. */
export const rankableLevels = (dataset: Dataset | undefined): RankingLevel[] =>
  [LOCAL_AUTHORITY, REGIONAL].filter((level) => dataset?.levels.includes(level)) as RankingLevel[];

function chosenLevel(dataset: Dataset | undefined, regions: boolean): RankingLevel {
  const levels = rankableLevels(dataset);
  if (regions && levels.includes(REGIONAL)) return REGIONAL;
  return levels[0] ?? LOCAL_AUTHORITY;
}

export function regionOptions(dataset: Dataset | undefined): { value: string; label: string }[] {
  const used = new Set(dataset?.areas.filter((a) => a.level === LOCAL_AUTHORITY).map((a) => a.regionCode));
  return [
    { value: '', label: 'All regions' },
    ...REGIONS.filter((r) => used.has(r.code)).map((r) => ({ value: r.code, label: r.name })),
  ];
}

export function readLaChoices(params: UrlParams, datasets: readonly Dataset[]): LaChoices {
  const url = localAuthoritiesUrl.parse(params);
  const rankable = rankableDatasets(datasets);
  const wanted = url.dataset;
  const named = rankable.find((d) => d.id === wanted);
  const waitingFor =
    wanted &&
    !named &&
    !datasets.some((d) => d.id === wanted) &&
    manifest.datasets.some((d) => d.id === wanted)
      ? wanted
      : null;
  const chosen =
    named ?? (waitingFor ? undefined : (rankable.find((d) => d.id === DEFAULT_DATASET) ?? rankable[0]));
  const phases = chosen?.phases ?? [];
  const { phase, baseline } = url;
  const labels = new Set(chosen?.periods.map((p) => p.label) ?? []);
  const region = url.region ?? '';
  const level = chosenLevel(chosen, url.regions);
  const latest = url.latest ?? '';
  const filters: Record<string, string> = {};
  for (const filter of chosen?.filters ?? []) {
    filters[filter.column] = chosenFilterValue(filter, url.filters[filter.column]);
  }
  return {
    datasetId: chosen?.id ?? waitingFor ?? DEFAULT_DATASET,
    dataset: chosen,
    waitingFor,
    indicator: chosen ? preferredIndicator(chosen, url.indicator ?? DEFAULT_INDICATOR) : undefined,
    level,
    phase:
      phase && phases.includes(phase) ? phase : phases.includes('Total') ? 'Total' : (phases[0] ?? 'Total'),
    regionCode:
      level === LOCAL_AUTHORITY && regionOptions(chosen).some((o) => o.value === region) ? region : '',
    latest: labels.has(latest) ? latest : '',
    baseline:
      baseline === NO_BASELINE
        ? ''
        : baseline && labels.has(baseline)
          ? baseline
          : labels.has(DEFAULT_BASELINE)
            ? DEFAULT_BASELINE
            : '',
    filters,
    sort: readSort(url.sort, url.dir),
    grain: chosen?.grains[0] ?? '',
  };
}

export function toRankingRequest(choices: LaChoices): RankingRequest | null {
  const { dataset, indicator } = choices;
  if (!dataset || !indicator) return null;
  return {
    view: dataset.view,
    // A rate is shown with the schools it counts; a count of schools needs no such note.
    schools: schoolsBeside(dataset, indicator.column),
    level: choices.level,
    indicator: indicator.column,
    phase: choices.phase,
    filters: choices.filters,
    regionCode: choices.regionCode || null,
    latestPeriod: choices.latest || null,
    baselinePeriod: choices.baseline || null,
  };
}
