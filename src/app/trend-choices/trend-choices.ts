import type { Dataset, IndicatorColumn } from '../../data/catalogue';
import type { DefaultDatasetEntry } from '../../data/default-data';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import type { Grain } from '../../data/ees/time-periods';
import { schoolsBeside } from '../../queries/schools-columns';
import type { SeriesRequest } from '../../queries/series-query-options';
import { chosenFilterValue } from '../filter-param';
import type { UrlParams } from '../url-state';
import { parseGeo, writeGeo } from '../url/geo-code';
import { trendsUrl } from '../url/trends-url';
import { areaChain, areaChoiceLabel, findArea, parseAreaGeo, partsOf } from './area-choice';

export const DEFAULT_DATASET = 'annual_absence';
export const DEFAULT_INDICATOR = 'enrolments_pa_50_exact_percent';
const TERMS = ['Autumn term', 'Spring term', 'Summer term'];

/** Everything the trends view shows, read from the URL (so a link reopens it) and the loaded data. */
export interface TrendChoices {
  grain: string;
  datasetId: string;
  dataset: Dataset | undefined;
  indicator: IndicatorColumn | undefined;
  phase: string;
  geography: string;
  term: string;
  from: string;
  to: string;
  multiples: boolean;
  /** The value axis starts at zero unless the URL says `axis=fit`. */
  fromZero: boolean;
  filters: Record<string, string>;
}

export interface DatasetChoice {
  id: string;
  title: string;
  grain: string;
  origin: 'default' | 'user';
  loaded: boolean;
}

/** Loaded datasets and the default ones not yet loaded (on-demand ones load when chosen). */
export function datasetChoices(
  datasets: readonly Dataset[],
  defaults: readonly DefaultDatasetEntry[],
): DatasetChoice[] {
  const loaded = datasets.map((d) => ({
    id: d.id,
    title: d.title,
    grain: d.grains[0] ?? 'Unknown',
    origin: d.origin,
    loaded: true,
  }));
  const waiting = defaults
    .filter((entry) => !datasets.some((d) => d.id === entry.id))
    .map((entry) => ({
      id: entry.id,
      title: entry.title,
      grain: entry.grain,
      origin: 'default' as const,
      loaded: false,
    }));
  return [...loaded, ...waiting];
}

/** A level is drawn all at once only when its lines stay readable; any area can be chosen on its own. */
const MAX_LINES = 20;
/** A level of more areas than that is drawn as its areas with the highest values (`top:<level>`). */
export const LARGEST_AREAS = 10;

/**
 * The Areas choice: comparisons (England and the regions, every area of a small level, the authorities of a
 * region), one authority with its region or neighbours, and the one area chosen with the level picker (`geo`).
 */
export function geographyOptions(
  dataset: Dataset | undefined,
  geo = '',
): { value: string; label: string; group?: string }[] {
  if (!dataset) return [];
  const options: { value: string; label: string; group?: string }[] = [];
  const has = (level: string) => dataset.levels.includes(level);
  const count = (level: string) => dataset.areas.filter((a) => a.level === level).length;
  if (has('National') && has('Regional'))
    options.push({
      value: writeGeo({ kind: 'england-regions' }),
      label: 'England and the regions',
      group: 'Compare',
    });
  for (const level of dataset.levels)
    if (level !== 'Local authority' && (level === 'National' || count(level) <= MAX_LINES))
      options.push({
        value: writeGeo({ kind: 'level', level }),
        label: level === 'National' ? 'England' : `${level} (all)`,
        group: 'Compare',
      });
  // A file without England (providers, districts, schools) starts on the areas a user would look at first.
  for (const level of dataset.levels)
    if (level !== 'National' && level !== 'Local authority' && count(level) > MAX_LINES)
      options.push({
        value: writeGeo({ kind: 'largest', level }),
        label: `${level}: the ${LARGEST_AREAS} highest`,
        group: 'Compare',
      });
  const chosen = parseAreaGeo(geo);
  const area = chosen?.level !== 'Local authority' ? findArea(dataset, chosen) : undefined;
  if (area) options.push({ value: geo, label: areaChoiceLabel(dataset, area), group: 'One area' });
  if (has('Local authority')) {
    for (const region of REGIONS)
      options.push({
        value: writeGeo({ kind: 'region-authorities', region: region.code }),
        label: `Local authorities in ${region.name}`,
        group: 'Compare',
      });
    for (const area of dataset.areas.filter((a) => a.level === 'Local authority'))
      options.push({
        value: writeGeo({ kind: 'authority', code: area.code }),
        label: `${area.name} with its region and England`,
        group: 'One local authority',
      });
    for (const area of dataset.areas.filter((a) => a.level === 'Local authority'))
      options.push({
        value: writeGeo({ kind: 'neighbours', code: area.code }),
        label: `${area.name} and its statistical neighbours`,
        group: 'Statistical neighbours',
      });
  }
  return options;
}

export function preferredIndicator(
  dataset: Dataset,
  wanted: string | undefined,
  concept?: string,
): IndicatorColumn | undefined {
  return (
    dataset.indicators.find((i) => i.column === wanted) ??
    (concept ? dataset.indicators.find((i) => i.concept === concept) : undefined) ??
    dataset.indicators.find((i) => i.concept === 'severe') ??
    dataset.indicators.find((i) => i.concept === 'overall') ??
    dataset.indicators.find((i) => i.unit === '%') ??
    dataset.indicators[0]
  );
}

export function readChoices(
  params: UrlParams,
  datasets: readonly Dataset[],
  all: readonly DatasetChoice[],
): TrendChoices {
  const url = trendsUrl.parse(params);
  const datasetId = url.dataset ?? DEFAULT_DATASET;
  const dataset = datasets.find((d) => d.id === datasetId);
  const grain = all.find((d) => d.id === datasetId)?.grain ?? url.grain ?? 'Academic year';
  const indicator = dataset
    ? preferredIndicator(dataset, url.indicator ?? (url.concept ? undefined : DEFAULT_INDICATOR), url.concept)
    : undefined;
  // One area (a primary school) offers only the phases it has rows for.
  const oneArea = findArea(dataset, url.geo?.kind === 'area' ? url.geo : null);
  const phases = oneArea?.phases ?? dataset?.phases ?? [];
  const phase =
    url.phase && phases.includes(url.phase)
      ? url.phase
      : phases.includes('Total')
        ? 'Total'
        : (phases[0] ?? 'Total');
  const geo = url.geo && writeGeo(url.geo);
  const geographies = geographyOptions(dataset, geo).map((o) => o.value);
  const geography =
    geo && geographies.includes(geo) ? geo : (geographies[0] ?? writeGeo({ kind: 'england-regions' }));
  const filters: Record<string, string> = {};
  for (const filter of dataset?.filters ?? []) {
    filters[filter.column] = chosenFilterValue(filter, url.filters[filter.column]);
  }
  const starts = new Set(dataset?.periods.map((p) => p.start) ?? []);
  return {
    grain,
    datasetId,
    dataset,
    indicator,
    phase,
    geography,
    term: url.term && TERMS.includes(url.term) ? url.term : '',
    from: url.from && starts.has(url.from) ? url.from : '',
    to: url.to && starts.has(url.to) ? url.to : '',
    multiples: url.multiples,
    fromZero: !url.fitAxis,
    filters,
  };
}

/** The areas drawn with emphasis: England, and the one area chosen. */
export function emphasisFor(geography: string): string[] {
  const chosen = parseAreaGeo(geography);
  return chosen ? [ENGLAND.code, chosen.code] : [ENGLAND.code];
}

export function toSeriesRequest(choices: TrendChoices): SeriesRequest | null {
  const { dataset, indicator } = choices;
  if (!dataset || !indicator) return null;
  // A rate is shown with the schools it counts; a count of schools needs no such note.
  const schools = schoolsBeside(dataset, indicator.column);
  const withSchools = schools ? { schools } : {};
  const base = {
    view: dataset.view,
    indicator: indicator.column,
    phase: choices.phase,
    areaCodes: null,
    filters: choices.filters,
    timeIdentifier: choices.term || null,
    from: choices.from || null,
    to: choices.to || null,
    ...withSchools,
  };
  const geo = parseGeo(choices.geography);
  if (geo?.kind === 'england-regions') return { ...base, levels: ['National', 'Regional'] };
  if (geo?.kind === 'largest') return { ...base, levels: [geo.level], largest: LARGEST_AREAS };
  if (geo?.kind === 'region-authorities')
    return { ...base, levels: ['Local authority'], regionCode: geo.region };
  if (geo?.kind === 'authority') {
    const { code } = geo;
    const authority = dataset.areas.find((a) => a.code === code);
    // Its parent in the file (Inner London, where the file's regions are London's parts), else its region.
    const region = authority?.parentCode ?? authority?.regionCode;
    return {
      ...base,
      levels: ['National', 'Regional', 'Local authority'],
      areaCodes: [ENGLAND.code, ...(region ? [region] : []), code],
    };
  }
  const chosen = findArea(dataset, parseAreaGeo(choices.geography));
  if (chosen) {
    // A region the file gives only as its parts (London as Inner and Outer London) is drawn as those parts.
    const chain = [...areaChain(dataset, chosen), ...partsOf(dataset, chosen)];
    return { ...base, levels: [...new Set(chain.map((a) => a.level))], areaCodes: chain.map((a) => a.code) };
  }
  return { ...base, levels: [geo?.kind === 'level' ? geo.level : choices.geography] };
}

export const TERM_OPTIONS = [
  { value: '', label: 'All terms in sequence' },
  ...TERMS.map((t) => ({ value: t, label: `${t} only (like with like)` })),
];

export function grainOptions(all: readonly DatasetChoice[]): { value: string; label: string }[] {
  const grains = [...new Set(all.map((d) => d.grain))];
  const order: string[] = ['Academic year', 'Year to date', 'Term', 'Week'] satisfies Grain[];
  grains.sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return grains.map((g) => ({ value: g, label: g }));
}
