import { geoOf } from './geo-code';
import { trendsLink, type TrendsUrl } from './trends-url';
import type { UrlChange } from './url-fields';

/**
 * Statistical neighbours is Trends with the area "… and its statistical neighbours" (`geo=sn:<authority>`): it
 * reads the trends choices, and this names the authority it compares.
 */
export const neighboursOf = (url: Pick<TrendsUrl, 'geo'>): string | null =>
  url.geo?.kind === 'neighbours' ? url.geo.code : null;

/** The authority of a chosen `geo` text (`sn:E08000016`), or null for any other area. */
export const neighboursCodeOf = (geography: string): string | null =>
  geoOf(geography, 'neighbours')?.code ?? null;

/** The change that opens one authority against its statistical neighbours. */
export const neighboursLink = (authority: string): UrlChange =>
  trendsLink({ geo: { kind: 'neighbours', code: authority } });
