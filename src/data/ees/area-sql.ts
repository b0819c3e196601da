import { parentLevelIn } from './geographic-levels';
import {
  ENGLAND,
  GEOGRAPHIC_LEVELS,
  SCHOOL_CODE_COLUMNS,
  SCHOOL_NAME_COLUMNS,
  type GeographicLevel,
} from './geography';

/**
 * SQL for where a row is: the standard's level name, the area's code and name, its region and its parent, from the
 * columns a file has. Codes that need joining up are joined here, once, as the file is read: Inner and Outer London
 * (E13000001/2, or E12000007 named "Inner London") are parts of London; a school is its URN, or its LAESTAB/estab
 * where it has no URN. (An authority whose code changed is joined up after the read: see join-la-codes.ts.)
 * `cell(name)` gives a file column's trimmed text, or NULL when the file has no such column.
 */
export type CellSql = (column: string) => string;

const LONDON = { code: 'E12000007', name: 'London' } as const;
const LONDON_PART_NAMES: Readonly<Record<string, string>> = {
  E13000001: 'Inner London',
  E13000002: 'Outer London',
};
const quoted = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** The row's level in the standard's spelling ("Local Authority" → "Local authority"); unknown levels as written. */
export function levelSql(levelCellSql: string): string {
  const cases = GEOGRAPHIC_LEVELS.map((l) => `WHEN ${quoted(l.level.toLowerCase())} THEN ${quoted(l.level)}`);
  return `CASE lower(${levelCellSql}) ${cases.join(' ')} ELSE ${levelCellSql} END`;
}

/**
 * E13000001/E13000002 when the row's region is a part of London (by code, or by name under London's code). The tidy
 * select computes it once per row and hands its column to the functions below as `londonPart`.
 */
export function londonPartSql(cell: CellSql): string {
  const code = cell('region_code');
  const name = `lower(${cell('region_name')})`;
  const byCode = Object.keys(LONDON_PART_NAMES).map((part) => `WHEN ${code} = ${quoted(part)} THEN ${code}`);
  const byName = Object.entries(LONDON_PART_NAMES).map(
    ([part, partName]) => `WHEN ${name} = ${quoted(partName.toLowerCase())} THEN ${quoted(part)}`,
  );
  return `(CASE ${[...byCode, ...byName].join(' ')} END)`;
}

/** The region a row belongs to: London for its parts, the file's region otherwise. */
export function regionCodeSql(cell: CellSql, londonPart: string): string {
  return `CASE WHEN ${londonPart} IS NOT NULL THEN ${quoted(LONDON.code)} ELSE ${cell('region_code')} END`;
}

export function regionNameSql(cell: CellSql, londonPart: string): string {
  return `CASE WHEN ${londonPart} IS NOT NULL THEN ${quoted(LONDON.name)} ELSE ${cell('region_name')} END`;
}

const partNameSql = (partSql: string): string =>
  `CASE ${partSql} ${Object.entries(LONDON_PART_NAMES)
    .map(([code, name]) => `WHEN ${quoted(code)} THEN ${quoted(name)}`)
    .join(' ')} END`;

const firstOf = (cells: readonly string[]): string =>
  cells.length === 0 ? 'NULL' : cells.length === 1 ? (cells[0] ?? 'NULL') : `coalesce(${cells.join(', ')})`;

const nonBlank = (sql: string): string => `nullif(${sql}, '')`;

/** One area's code and name at `level`, from the columns present (`has`). */
function areaOf(level: GeographicLevel, cell: CellSql, has: (c: string) => boolean, londonPart: string) {
  const code = has(level.codeColumn) ? nonBlank(cell(level.codeColumn)) : null;
  const name = has(level.nameColumn) ? nonBlank(cell(level.nameColumn)) : null;
  switch (level.level) {
    case 'National':
      return {
        code: firstOf([code ?? 'NULL', quoted(ENGLAND.code)]),
        name: firstOf([name ?? 'NULL', quoted(ENGLAND.name)]),
      };
    case 'Regional': {
      // A part of London is its own area (a line of its own), never merged into a London it does not add up to.
      return {
        code: firstOf([londonPart, code ?? 'NULL']),
        name: firstOf([partNameSql(londonPart), name ?? 'NULL']),
      };
    }
    case 'School': {
      const codes = SCHOOL_CODE_COLUMNS.filter(has).map((c) => nonBlank(cell(c)));
      const names = SCHOOL_NAME_COLUMNS.filter(has).map((c) => nonBlank(cell(c)));
      return { code: firstOf(codes), name: names.length ? firstOf(names) : null };
    }
    default:
      return { code: code ?? name ?? 'NULL', name };
  }
}

function byLevel(
  levelValueSql: string,
  pick: (level: GeographicLevel) => string | null,
  fallback: string,
): string {
  const branches = GEOGRAPHIC_LEVELS.flatMap((level) => {
    const sql = pick(level);
    return sql && sql !== 'NULL' ? [`WHEN ${quoted(level.level)} THEN ${sql}`] : [];
  });
  return branches.length ? `CASE ${levelValueSql} ${branches.join(' ')} ELSE ${fallback} END` : fallback;
}

export interface AreaSql {
  code: string;
  name: string;
  parentCode: string;
  parentName: string;
}

/**
 * The area of each row, and the area it is grouped under (its parent level's area in the same row: a school's
 * authority, an authority's region or part of London, a region's country). `levelValueSql` is {@link levelSql}, and
 * `londonPart` is {@link londonPartSql}, each computed once per row.
 */
export function areaSql(
  levelValueSql: string,
  columns: readonly string[],
  cell: CellSql,
  londonPart: string,
): AreaSql {
  const has = (column: string) => columns.includes(column);
  const own = (level: GeographicLevel) => areaOf(level, cell, has, londonPart);
  const parentOf = (level: GeographicLevel) => {
    const parent = parentLevelIn(level.level, columns);
    if (level.level === 'Regional') {
      return {
        code: `CASE WHEN ${londonPart} IS NOT NULL THEN ${quoted(LONDON.code)} ELSE ${quoted(ENGLAND.code)} END`,
        name: `CASE WHEN ${londonPart} IS NOT NULL THEN ${quoted(LONDON.name)} ELSE ${quoted(ENGLAND.name)} END`,
      };
    }
    if (!parent) return { code: 'NULL', name: 'NULL' };
    const area = own(parent);
    return { code: area.code, name: area.name ?? area.code };
  };
  return {
    code: byLevel(levelValueSql, (level) => own(level).code, 'NULL'),
    name: byLevel(
      levelValueSql,
      (level) => {
        const area = own(level);
        return area.name ? firstOf([area.name, area.code]) : area.code;
      },
      levelValueSql,
    ),
    parentCode: byLevel(levelValueSql, (level) => parentOf(level).code, 'NULL'),
    parentName: byLevel(levelValueSql, (level) => parentOf(level).name, 'NULL'),
  };
}
