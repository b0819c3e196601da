import type { AnnualResult } from './annual-absence';
import { ANNUAL_INDICATORS } from './annual-indicators';
import { BANDS, FILTERS } from './characteristics';
import {
  ANNUAL,
  ATTENDANCE_SOURCE,
  CHARACTERISTICS,
  LICENCE,
  LICENCE_URL,
  TERMS,
  WEEKLY,
  YTD,
} from './datasets';
import { PHASES } from './ees-conventions';
import type { LaCodeMap } from './la-codes';
import type { ManifestEntry } from './manifest';
import { readmeSections } from './readme-sections';

/** Everything the README reports that the build found out, rather than knew in advance. */
export interface ReadmeFacts {
  entries: readonly ManifestEntry[];
  annual: Pick<AnnualResult, 'unmatched' | 'renamed'>;
  laChanges: LaCodeMap['changed'];
  /** Per dataset id: columns written `z` for files that lack them. */
  filled: Readonly<Record<string, readonly { column: string; files: readonly string[] }[]>>;
  /** Per dataset id: data columns without a metadata row. */
  unlabelled: Readonly<Record<string, readonly string[]>>;
  severeRates: readonly { period: string; rate: number }[];
  weeklyColumns: readonly string[];
  /** The map file and the neighbours, already written as a README section. */
  maps: string;
}

const ALLIANCE_HEADING = '## Alliance timeline';
const ALLIANCE_PLACEHOLDER =
  '_To be written: what `timeline.csv` holds, its columns and where its events come from._';

/** Another engineer owns the alliance timeline section: keep whatever it says now, or leave the placeholder. */
export function allianceSection(previous: string | null): string {
  const start = previous?.indexOf(`${ALLIANCE_HEADING}\n`) ?? -1;
  if (!previous || start < 0) return `${ALLIANCE_HEADING}\n\n${ALLIANCE_PLACEHOLDER}\n`;
  const rest = previous.slice(start + ALLIANCE_HEADING.length + 1);
  const next = rest.search(/^## /m);
  return `${ALLIANCE_HEADING}\n${(next < 0 ? rest : rest.slice(0, next)).trimEnd()}\n`;
}

const code = (text: string) => `\`${text}\``;

/** `201516` -> `2015/16`, the way DfE writes academic years in prose. */
export function academicYear(timePeriod: string): string {
  return /^\d{6}$/.test(timePeriod) ? `${timePeriod.slice(0, 4)}/${timePeriod.slice(4)}` : timePeriod;
}

/** Columns grouped by the year folders (`2022-23/...`) whose files lack them, one line per group. */
export function filledByYears(filled: readonly { column: string; files: readonly string[] }[]): string[] {
  const groups = new Map<string, string[]>();
  for (const { column, files } of filled) {
    const years = [...new Set(files.map((file) => file.split('/')[0] ?? file))].join(', ');
    groups.set(years, [...(groups.get(years) ?? []), column]);
  }
  return [...groups.entries()].map(([years, columns]) => `- ${years}: ${columns.map(code).join(', ')}`);
}

const nested = (items: readonly string[]) => items.map((item) => `  ${item}`);

export function renderReadme(facts: ReadmeFacts, previous: string | null): string {
  const files = facts.entries.map(
    (e) =>
      `| ${code(e.file)} | ${e.meta ? code(e.meta) : '–'} | ${code(e.typedFile)}, ${code(e.descriptionFile)} | ${e.grain} | ${e.load} | ${e.rows} | ${e.bytes} |`,
  );
  const measures = ANNUAL_INDICATORS.map(
    (indicator) =>
      `| ${code(indicator.column)} | ${PHASES.map((phase) => code(indicator.measures[phase])).join(' | ')} |`,
  );
  const unmatched = facts.annual.unmatched.map(
    (la) => `- ${la.oldCode} ${la.name}: figures for ${la.years.map(academicYear).join(', ') || 'no year'}`,
  );
  const renamed = facts.annual.renamed.map(
    (la) => `- ${la.oldCode}: LAIT "${la.laitName}" is written "${la.name}"`,
  );
  const changes = facts.laChanges.map(
    (la) => `- ${la.oldCode} ${la.name}: ${la.codes.join(' then ')}; written ${code(la.codes.at(-1) ?? '')}`,
  );
  const filled = (id: string) => filledByYears(facts.filled[id] ?? []);
  const unlabelled = (id: string) => (facts.unlabelled[id] ?? []).map(code).join(', ') || 'none';
  const renames = [
    ...FILTERS.filter((f) => f.source !== f.column).map(
      (f) => `| ${code(f.source)} | ${code(f.column)} | ${f.label} |`,
    ),
    ...BANDS.map((band) => `| ${code(band.source)} | ${code(band.column)} | ${band.label} |`),
  ];
  const severe = facts.severeRates.map((r) => `| ${academicYear(r.period)} | ${r.rate.toFixed(2)} |`);
  return readmeSections({
    licence: `Contains public sector information licensed under the ${LICENCE}.`,
    licenceLink: `[${LICENCE}](${LICENCE_URL})`,
    files,
    measures,
    unmatched: nested(unmatched),
    renamed: nested(renamed),
    changes: nested(changes),
    filledYtd: filled(YTD.id),
    filledTerms: filled(TERMS.id),
    filledWeekly: filled(WEEKLY.id),
    unlabelledYtd: unlabelled(YTD.id),
    unlabelledTerms: unlabelled(TERMS.id),
    weeklyColumns: facts.weeklyColumns.map(code).join(', '),
    renames,
    severe,
    sources: {
      annual: ANNUAL.source,
      attendance: ATTENDANCE_SOURCE,
      characteristics: CHARACTERISTICS.source,
    },
    maps: facts.maps,
    alliance: allianceSection(previous),
  });
}
