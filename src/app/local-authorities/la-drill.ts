import { LOCAL_AUTHORITY, REGIONAL, type RankingRow } from '../../queries/ranking-query-options';
import { filterParams } from '../filter-param';
import { regionRankingLink } from '../url/local-authorities-url';
import { trendsLink } from '../url/trends-url';
import type { UrlChange } from '../url/url-fields';
import { rankableLevels, type LaChoices } from './la-choices';

/**
 * Where selecting an area leads: an authority opens its trend beside its region and England; a region opens the
 * ranking (and map) of its own authorities, or, for a file with regions only, the trend of England and the regions.
 * Null when the row has no code to go on.
 */
export function drillParams(row: RankingRow, choices: LaChoices): UrlChange | null {
  const { indicator } = choices;
  if (!row.la_code || !indicator) return null;
  if (choices.level === REGIONAL && rankableLevels(choices.dataset).includes(LOCAL_AUTHORITY))
    return regionRankingLink(row.la_code);
  return trendsLink({
    geo: choices.level === REGIONAL ? { kind: 'england-regions' } : { kind: 'authority', code: row.la_code },
    dataset: choices.datasetId,
    indicator: indicator.column,
    phase: choices.phase,
    // A term or period range chosen earlier in the trends view belongs to other data.
    term: undefined,
    from: undefined,
    to: undefined,
    multiples: false,
    filters: filterParams(choices.filters),
  });
}
