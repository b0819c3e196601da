import { LOCAL_AUTHORITY, REGIONAL, type RankingRow } from '../../queries/ranking-query-options';
import { filterParam } from '../filter-param';
import { writeGeo } from '../url/geo-code';
import { KEYS, rankableLevels, type LaChoices } from './la-choices';

/**
 * Where selecting an area leads: an authority opens its trend beside its region and England; a region opens the
 * ranking (and map) of its own authorities, or, for a file with regions only, the trend of England and the regions.
 * Null when the row has no code to go on.
 */
export function drillParams(row: RankingRow, choices: LaChoices): Record<string, string | null> | null {
  const { indicator } = choices;
  if (!row.la_code || !indicator) return null;
  if (choices.level === REGIONAL && rankableLevels(choices.dataset).includes(LOCAL_AUTHORITY))
    return { [KEYS.level]: null, [KEYS.region]: row.la_code };
  const filters = Object.fromEntries(
    Object.entries(choices.filters).map(([column, value]) => [`f.${column}`, filterParam(value)]),
  );
  return {
    view: null,
    geo: writeGeo(
      choices.level === REGIONAL ? { kind: 'england-regions' } : { kind: 'authority', code: row.la_code },
    ),
    ds: choices.datasetId,
    ind: indicator.column,
    phase: choices.phase,
    // A term or period range chosen earlier in the trends view belongs to other data.
    term: null,
    from: null,
    to: null,
    multiples: null,
    ...filters,
  };
}
