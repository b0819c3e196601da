import { findLevel, SCHOOL_CODE_COLUMNS, SCHOOL_NAME_COLUMNS, type GeographicLevel } from './geography';

/**
 * Where each EES geographic level sits: the level its areas are grouped under when a user picks one area (a ward
 * under its local authority district, a school under its local authority), following the columns the EES data
 * standard requires beside each level. Levels with no usable parent in the file are grouped under England.
 */
export const PARENT_LEVEL: Readonly<Record<string, string | null>> = {
  National: null,
  Regional: 'National',
  'Local authority': 'Regional',
  'Local authority district': 'Local authority',
  'Parliamentary constituency': 'Regional',
  'Local skills improvement plan area': 'Regional',
  'Local enterprise partnership': 'Regional',
  'English devolved area': 'Regional',
  'Opportunity area': 'Local authority',
  Ward: 'Local authority district',
  'Planning area': 'Local authority',
  MAT: 'National',
  Sponsor: 'National',
  School: 'Local authority',
  Provider: 'Local authority',
  Institution: 'Local authority',
  'Police force area': 'Regional',
};

/** The level above `level`, or null for National and for a level EES does not define. */
export function parentLevel(level: string): GeographicLevel | null {
  const known = findLevel(level);
  const parent = known ? PARENT_LEVEL[known.level] : null;
  return parent ? (findLevel(parent) ?? null) : null;
}

/**
 * The parent level whose columns the file has, walking up until one is found: a ward file without LAD columns is
 * grouped by local authority, and anything without parents by England.
 */
export function parentLevelIn(level: string, columns: readonly string[]): GeographicLevel | null {
  let parent = parentLevel(level);
  while (parent && !(columns.includes(parent.codeColumn) || columns.includes(parent.nameColumn)))
    parent = parentLevel(parent.level);
  return parent;
}

/**
 * The columns that name one area of `level` in a file with `columns`. A school is `school_urn` in the standard, but
 * many files identify it by `urn`, or by `laestab`/`estab` without a URN, with `school_name` where present.
 */
export function areaColumnsIn(
  level: string,
  columns: readonly string[],
): { codeColumn: string; nameColumn: string | null } | null {
  const known = findLevel(level);
  if (!known) return null;
  const has = (column: string) => columns.includes(column);
  const codes = known.level === 'School' ? SCHOOL_CODE_COLUMNS : [known.codeColumn];
  const names = known.level === 'School' ? SCHOOL_NAME_COLUMNS : [known.nameColumn];
  const codeColumn = codes.find(has) ?? (has(known.nameColumn) ? known.nameColumn : null);
  if (!codeColumn) return null;
  return { codeColumn, nameColumn: names.find(has) ?? null };
}

/** Inner and Outer London (ITL1 sub-regions some DfE files use) are parts of the London region. */
export const LONDON_PARTS: Readonly<Record<string, string>> = {
  E13000001: 'E12000007',
  E13000002: 'E12000007',
};

/** The region an area code belongs to: London for Inner and Outer London, the code itself otherwise. */
export function regionOf(code: string): string {
  const trimmed = code.trim();
  return LONDON_PARTS[trimmed] ?? trimmed;
}

/** SQL mapping a region code column to the nine regions (Inner and Outer London become London). */
export function regionCodeSql(columnSql: string): string {
  const cases = Object.entries(LONDON_PARTS)
    .map(([part, region]) => `WHEN '${part}' THEN '${region}'`)
    .join(' ');
  return `CASE trim(${columnSql}) ${cases} ELSE ${columnSql} END`;
}
