import Papa from 'papaparse';
import { findLevel, GEOGRAPHIC_LEVELS, LEVEL_COLUMNS } from '../ees/geography';
import { calendarYear, splitYear } from '../ees/period-spans';
import { LoadError } from './load-error';

/**
 * EES's table tool downloads (a permalink's or a table's "Download CSV") name each row's area `location` and
 * `location_code` instead of the level's own columns, write the level as its code name (`LocalAuthority`), and may
 * give the period's kind as `time_frame` or not at all. Such a file is rewritten here into the data standard's shape
 * before it is read, so everything after treats it as any other EES file.
 */

/** EES's GeographicLevel names, as the table tool writes them, where squeezing the label does not give them. */
const LEVEL_ALIASES: Readonly<Record<string, string>> = {
  country: 'National',
  region: 'Regional',
  multiacademytrust: 'MAT',
  mat: 'MAT',
};

/** EES's TimeIdentifier codes (AY, CY, T1 …), which a `time_frame` column may hold instead of the labels. */
const TIME_CODES: Readonly<Record<string, string>> = {
  AY: 'Academic year',
  CY: 'Calendar year',
  FY: 'Financial year',
  TY: 'Tax year',
  RY: 'Reporting year',
  T1: 'Autumn term',
  T2: 'Spring term',
  T3: 'Summer term',
  T1T2: 'Autumn and spring term',
};

const squeeze = (text: string): string => text.replace(/[^a-z0-9]/gi, '').toLowerCase();

/** The standard level a table-tool level name stands for ("LocalAuthority" → Local authority), or null. */
export function standardLevel(name: string): string | null {
  const squeezed = squeeze(name);
  const alias = LEVEL_ALIASES[squeezed];
  if (alias) return alias;
  return findLevel(name)?.level ?? findLevelSqueezed(squeezed);
}

function findLevelSqueezed(squeezed: string): string | null {
  return GEOGRAPHIC_LEVELS.find((known) => squeeze(known.level) === squeezed)?.level ?? null;
}

/** A header in the table tool's shape: areas as `location`/`location_code`, or a period with no time_identifier. */
export function isTableToolExport(columns: readonly string[]): boolean {
  const has = (name: string) => columns.includes(name);
  const level = LEVEL_COLUMNS.some(has);
  return level && has('time_period') && (has('location_code') || has('location') || !has('time_identifier'));
}

/** The time_identifier of a row: its `time_frame` (label or code), else what the period's form says. */
function timeIdentifierOf(timePeriod: string, timeFrame: string | undefined): string | null {
  const frame = (timeFrame ?? '').trim();
  if (frame) {
    const code = frame.toUpperCase();
    if (TIME_CODES[code]) return TIME_CODES[code];
    const month = /^M(\d{1,2})$/.exec(code);
    if (month) return `Month ${Number(month[1])}`;
    const week = /^W(\d{1,2})$/.exec(code);
    if (week) return `Week ${Number(week[1])}`;
    return frame;
  }
  // 2023/24 and 202324 are the years DfE publishes by (academic); a bare 2023 is a calendar year.
  if (splitYear(timePeriod)) return 'Academic year';
  if (calendarYear(timePeriod) !== null) return 'Calendar year';
  return null;
}

/** A table tool download is rewritten in memory: table tool tables are small, so a larger one is refused. */
export const EXPORT_LIMIT_BYTES = 200 * 1024 * 1024;

export function exportTooLarge(fileName: string): LoadError {
  return new LoadError(
    fileName,
    'This is an EES table tool download larger than 200 MB, too large to rewrite into the data file standard here.',
    'Download the publication’s data file (“Download all data” or the data set’s CSV) from Explore Education Statistics instead.',
  );
}

/** The file rewritten into the EES data standard's columns, or a LoadError saying exactly what stops it. */
export function standardiseTableToolExport(fileName: string, text: string): string {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (name) => name.trim(),
  });
  const columns = parsed.meta.fields ?? [];
  const levelColumn = LEVEL_COLUMNS.find((name) => columns.includes(name)) ?? 'geographic_level';
  const moved = new Set([
    levelColumn,
    'location',
    'location_code',
    'time_frame',
    'time_identifier',
    'time_period',
  ]);
  const kept = columns.filter((name) => !moved.has(name));
  const areaColumns: string[] = [];
  const rows = parsed.data.map((row, index) => {
    const line = index + 2;
    const levelName = (row[levelColumn] ?? '').trim();
    const level = standardLevel(levelName);
    if (!level)
      throw new LoadError(
        fileName,
        `Line ${line} gives the level “${levelName}”, which is not one of the EES geographic levels.`,
        'Choose a level the EES data standard names (National, Regional, Local authority …) or download the data file itself.',
        line,
        levelColumn,
      );
    const timePeriod = (row.time_period ?? '').trim();
    const identifier = (row.time_identifier ?? '').trim() || timeIdentifierOf(timePeriod, row.time_frame);
    if (!identifier)
      throw new LoadError(
        fileName,
        `Line ${line} has the period “${timePeriod}” and no time_identifier or time_frame to say what kind of period it is.`,
        'Add a time_identifier column (for example “Academic year”), or download the publication’s data file instead.',
        line,
        'time_period',
      );
    const standard = findLevel(level);
    const code = (row.location_code ?? '').trim();
    const name = (row.location ?? '').trim();
    const out: Record<string, string> = {
      time_period: timePeriod,
      time_identifier: identifier,
      geographic_level: level,
    };
    if (standard)
      for (const [column, value] of [
        [standard.codeColumn, code],
        [standard.nameColumn, name],
      ] as const)
        if (value) {
          out[column] = value;
          if (!areaColumns.includes(column)) areaColumns.push(column);
        }
    for (const column of kept) out[column] = row[column] ?? '';
    return out;
  });
  const header = ['time_period', 'time_identifier', 'geographic_level', ...areaColumns, ...kept];
  return Papa.unparse({ fields: header, data: rows.map((row) => header.map((column) => row[column] ?? '')) });
}
