import { parseGeo, type GeoCode } from './geo-code';
import { applyChange, serialiseParams } from '../url-state';
import { flag, geo, keyed, oneOf, text, urlContract, type UrlChange } from './url-fields';

/** The trends view's choices as its links carry them (un-prefixed keys: the first view's links are the oldest). */
export interface TrendsUrl {
  dataset: string | undefined;
  indicator: string | undefined;
  /** An indicator's concept (`severe`), kept when a dataset change drops the indicator. */
  concept: string | undefined;
  /** A grain asked for with no dataset of it loaded yet. */
  grain: string | undefined;
  phase: string | undefined;
  geo: GeoCode | undefined;
  term: string | undefined;
  /** Period starts (`2022-09-01`). */
  from: string | undefined;
  to: string | undefined;
  multiples: boolean;
  /** `axis=fit`: the value axis fits the figures instead of starting at zero. */
  fitAxis: boolean;
  /** `events=1` shows the alliance's events where they are off by default, `events=0` hides them. */
  events: 'shown' | 'hidden' | undefined;
  /** Filter choices by column, as the URL writes them (see filter-param: the blank value is `(blank)`). */
  filters: Readonly<Record<string, string>>;
}

export const trendsUrl = urlContract<TrendsUrl>({
  dataset: text('ds'),
  indicator: text('ind'),
  concept: text('concept'),
  grain: text('grain'),
  phase: text('phase'),
  geo: geo('geo'),
  term: text('term'),
  from: text('from'),
  to: text('to'),
  multiples: flag('multiples'),
  fitAxis: flag('axis', 'fit'),
  events: oneOf('events', { '1': 'shown', '0': 'hidden' }),
  filters: keyed('f.'),
});

/** The change that chooses the areas a `geo` text names (an option of the Areas list). */
export const geoChange = (geography: string): UrlChange =>
  trendsUrl.write({ geo: parseGeo(geography) ?? undefined });

/** The change that opens Trends on these choices (the view's other choices stay as the address has them). */
export const trendsLink = (choices: Partial<TrendsUrl>): UrlChange => ({
  view: null,
  ...trendsUrl.write(choices),
});

/** The link to Trends as an address (`?ds=…`), for an `href` that opens in a new tab. */
export const trendsHref = (choices: Partial<TrendsUrl>): string =>
  serialiseParams(applyChange({}, trendsUrl.write(choices)));
