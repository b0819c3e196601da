import { periodFlag } from '../../analysis/pandemic-years';
import { REGIONS } from '../../data/ees/geography';
import { REGIONAL, type RankingRequest, type RankingRow } from '../../queries/ranking-query-options';
import { NO_BASELINE, type LocalAuthoritiesUrl } from '../url/local-authorities-url';
import type { LaChoices } from './la-choices';

const YEARLY = ['Academic year', 'Year to date'];
const AUTHORITY_WORDS = { one: 'local authority', plural: 'local authorities' };
const REGION_WORDS = { one: 'region', plural: 'regions' };

/** "local authorities" or "regions", as the level ranked. */
export const areaWordsOf = (level: string) => (level === REGIONAL ? REGION_WORDS : AUTHORITY_WORDS);

export const regionNameOf = (code: string): string | null =>
  REGIONS.find((r) => r.code === code)?.name ?? null;

/** The indicator and phase, the areas ranked (in a region, if one is chosen) and the period of the figures. */
export function laTitle(choices: LaChoices, first: RankingRow | undefined): string {
  const { indicator } = choices;
  if (!indicator) return 'Local authorities';
  const latestPeriod = first?.latest_period ?? (choices.latest || null);
  const regionName = regionNameOf(choices.regionCode);
  return `${indicator.label}${choices.phase !== 'Total' ? `, ${choices.phase.toLowerCase()}` : ''}: ${areaWordsOf(choices.level).plural}${regionName ? ` in ${regionName}` : ''}${latestPeriod ? `, ${latestPeriod}` : ''}`;
}

/** The pandemic flags of the periods the table compares (2020/21 and 2021/22 are not like other years). */
export function periodFlagsOf(first: RankingRow | undefined, periodStarts: ReadonlyMap<string, string>) {
  return [first?.latest_period, first?.previous_period, first?.baseline_period].flatMap((label) => {
    const flag = label ? periodFlag(label, periodStarts.get(label)) : null;
    return flag ? [flag] : [];
  });
}

/** The table's column words: a year's change on a yearly file, a period's otherwise; the periods compared. */
export const tableLabels = (first: RankingRow, grain: string) => ({
  latest: first.latest_period,
  previous: YEARLY.includes(grain) ? 'Change on previous year' : 'Change on previous period',
  previousNote: first.previous_period ? `since ${first.previous_period}` : 'no earlier period',
  baselineNote: first.baseline_period ? `since ${first.baseline_period}` : null,
});

/** Said when the file has no 2018/19 to compare with and the URL did not turn the baseline off. */
export const noBaselineHint = (
  choices: Pick<LaChoices, 'dataset' | 'baseline'>,
  url: Pick<LocalAuthoritiesUrl, 'baseline'>,
): string | null =>
  choices.dataset && !choices.baseline && url.baseline !== NO_BASELINE
    ? `This dataset has no 2018/19 (before the pandemic) to compare with; choose a baseline period if you want one.`
    : null;

/** "3 of 153 local authorities have a 2024/25 figure; rank 1 is the highest. Changes are in percentage points." */
export function rankedSummary(first: RankingRow, count: number, level: string, unit: string): string {
  return `${first.ranked} of ${count} ${areaWordsOf(level).plural} have a ${first.latest_period} figure; rank 1 is the highest. Changes are in ${unit === '%' ? 'percentage points' : 'the indicator’s units'}.`;
}

/** Why there is no table yet: a default file loading, the data starting, a query running, or no figures. */
export function laWaitingText(input: {
  /** The title of a default file the choices need, still loading. */
  waitingFor: string | null;
  request: RankingRequest | null;
  fetching: boolean;
  level: string;
  phase: string;
}): string {
  if (input.waitingFor) return `Loading ${input.waitingFor}…`;
  if (!input.request) return 'Loading the default data…';
  if (input.fetching) return 'Ranking…';
  const words = areaWordsOf(input.level);
  return `No ${words.one} has a figure for these choices (phase “${input.phase}”). Some files publish ${words.plural} only by phase: try another phase.`;
}
