import { flag, keyed, text, urlContract, type UrlChange } from './url-fields';

/** The keys of this view, prefixed `la.` so they never clash with the trends view's `ds`, `ind`, `phase`. */
export const LA_KEYS = {
  dataset: 'la.ds',
  indicator: 'la.ind',
  phase: 'la.phase',
  region: 'la.region',
  latest: 'la.latest',
  baseline: 'la.baseline',
  sort: 'la.sort',
  dir: 'la.dir',
  chart: 'la.chart',
  classes: 'la.classes',
  level: 'la.level',
  filters: 'la.f.',
} as const;

/** Stored when someone chooses no baseline, so the 2018/19 default does not come back. */
export const NO_BASELINE = 'none';

/** The local authorities view's choices as its links carry them. */
export interface LocalAuthoritiesUrl {
  dataset: string | undefined;
  indicator: string | undefined;
  phase: string | undefined;
  /** A region's code: its authorities only. */
  region: string | undefined;
  /** A period label; absent for the latest with figures. */
  latest: string | undefined;
  /** A period label, or NO_BASELINE; absent for the 2018/19 default. */
  baseline: string | undefined;
  /** A column of the table (see ranking-sort) and its direction. */
  sort: string | undefined;
  dir: string | undefined;
  /** `la.chart=map`: the map instead of the ranking chart. */
  map: boolean;
  /** `la.classes=equal`: equal-interval classes instead of quantiles. */
  equalClasses: boolean;
  /** `la.level=region`: the regions ranked and mapped instead of the authorities. */
  regions: boolean;
  /** Filter choices by column, as the URL writes them (see filter-param). */
  filters: Readonly<Record<string, string>>;
}

export const localAuthoritiesUrl = urlContract<LocalAuthoritiesUrl>({
  dataset: text(LA_KEYS.dataset),
  indicator: text(LA_KEYS.indicator),
  phase: text(LA_KEYS.phase),
  region: text(LA_KEYS.region),
  latest: text(LA_KEYS.latest),
  baseline: text(LA_KEYS.baseline),
  sort: text(LA_KEYS.sort),
  dir: text(LA_KEYS.dir),
  map: flag(LA_KEYS.chart, 'map'),
  equalClasses: flag(LA_KEYS.classes, 'equal'),
  regions: flag(LA_KEYS.level, 'region'),
  filters: keyed(LA_KEYS.filters),
});

/** The change that opens the ranking of one region's authorities. */
export const regionRankingLink = (region: string): UrlChange => ({
  view: 'local-authorities',
  ...localAuthoritiesUrl.write({ regions: false, region }),
});
