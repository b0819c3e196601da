import { cell, columnIndex, sortRows, type Table } from './csv-table';
import {
  canonicalNumber,
  EES_ID_COLUMNS,
  eesSortKey,
  ENGLAND,
  PHASE_COLUMN,
  PHASES,
  regionByName,
} from './ees-conventions';
import { ANNUAL_INDICATORS } from './annual-indicators';
import type { LaIdentity } from './la-codes';

/** Where one LAIT area sits in EES geography. */
interface Place {
  level: string;
  regionCode: string;
  regionName: string;
  oldCode: string;
  newCode: string;
  name: string;
}

export interface AnnualResult {
  table: Table;
  /** LAIT local authorities with no `new_la_code` in any attendance file (abolished before 2022/23). */
  unmatched: { oldCode: string; name: string; years: string[] }[];
  /** Local authorities whose LAIT name differs from the attendance files' name, which the output uses. */
  renamed: { oldCode: string; laitName: string; name: string }[];
}

const NATIONAL = 970;
/** LAIT's London (Inner) and London (Outer) are not ONS regions, so they have no EES row. */
const LONDON_PARTS = new Set([987, 988]);

/** The EES place of a LAIT area, or null for LAIT's Inner and Outer London, which EES does not publish. */
function place(
  number: string,
  area: string,
  region: string,
  laCodes: ReadonlyMap<string, LaIdentity>,
): Place | null {
  const code = Number(number);
  const none = { regionCode: '', regionName: '', oldCode: '', newCode: '', name: '' };
  if (code === NATIONAL) return { level: 'National', ...none };
  if (LONDON_PARTS.has(code)) return null;
  if (code >= 980 && code <= 990) {
    const found = regionByName(area);
    if (!found) throw new Error(`LAIT: la_number ${number} "${area}" is not a known region`);
    return { level: 'Regional', ...none, regionCode: found.code, regionName: found.name };
  }
  if (!/^\d{3}$/.test(number) || code > NATIONAL) throw new Error(`LAIT: unexpected la_number "${number}"`);
  const found = regionByName(region);
  if (!found) throw new Error(`LAIT: local authority ${number} "${area}" has unknown region "${region}"`);
  const identity = laCodes.get(number);
  return {
    level: 'Local authority',
    regionCode: found.code,
    regionName: found.name,
    oldCode: number,
    newCode: identity?.newCode ?? '',
    name: identity?.name ?? area,
  };
}

/** Reshapes LAIT's long absence measures into one EES row per year, area and phase; values keep their meaning. */
export function buildAnnualAbsence(lait: Table, laCodes: ReadonlyMap<string, LaIdentity>): AnnualResult {
  const source = 'lait_absence_measures_long.csv';
  const [measure, period, area, number, region, value] = [
    'short_desc',
    'time_period',
    'area_name',
    'la_number',
    'region',
    'value',
  ].map((column) => columnIndex(lait, column, source)) as [number, number, number, number, number, number];
  const wanted = new Map(
    ANNUAL_INDICATORS.flatMap((indicator) =>
      PHASES.map((phase) => [indicator.measures[phase], `${indicator.column}|${phase}`] as const),
    ),
  );
  const areas = new Map<string, { row: readonly string[]; values: Map<string, string> }>();
  for (const row of lait.rows) {
    const slot = wanted.get(cell(row, measure));
    if (!slot) continue;
    const key = `${cell(row, period)}|${cell(row, number)}`;
    const entry = areas.get(key) ?? { row, values: new Map<string, string>() };
    if (entry.values.has(slot)) throw new Error(`${source}: ${cell(row, measure)} twice for ${key}`);
    entry.values.set(slot, canonicalNumber(cell(row, value).trim()));
    areas.set(key, entry);
  }

  const rows: string[][] = [];
  const unmatched = new Map<string, { oldCode: string; name: string; years: string[] }>();
  const renamed = new Map<string, { oldCode: string; laitName: string; name: string }>();
  for (const { row, values } of areas.values()) {
    const where = place(cell(row, number), cell(row, area), cell(row, region), laCodes);
    if (!where) continue;
    const year = cell(row, period);
    if (where.level === 'Local authority' && where.newCode === '') {
      const entry = unmatched.get(where.oldCode) ?? { oldCode: where.oldCode, name: where.name, years: [] };
      if ([...values.values()].some((v) => v !== '-')) entry.years.push(year);
      unmatched.set(where.oldCode, entry);
    }
    if (where.level === 'Local authority' && where.name !== cell(row, area)) {
      renamed.set(where.oldCode, { oldCode: where.oldCode, laitName: cell(row, area), name: where.name });
    }
    const geography = [where.level, ENGLAND.code, ENGLAND.name, where.regionCode, where.regionName];
    const authority = [where.oldCode, where.newCode, where.name];
    for (const phase of PHASES) {
      // A measure LAIT lacks for this area and year is "x" (not available), never zero.
      const figures = ANNUAL_INDICATORS.map((indicator) => values.get(`${indicator.column}|${phase}`) ?? 'x');
      rows.push([year, 'Academic year', ...geography, ...authority, phase, ...figures]);
    }
  }
  const header = [...EES_ID_COLUMNS, PHASE_COLUMN, ...ANNUAL_INDICATORS.map((indicator) => indicator.column)];
  const table = { header, rows };
  const byCode = <T extends { oldCode: string }>(items: Iterable<T>) =>
    [...items].sort((a, b) => (a.oldCode < b.oldCode ? -1 : 1));
  for (const entry of unmatched.values()) entry.years.sort();
  return {
    table: sortRows(table, eesSortKey(table, 'annual_absence')),
    unmatched: byCode(unmatched.values()),
    renamed: byCode(renamed.values()),
  };
}
