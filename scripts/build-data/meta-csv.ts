import { cell, columnIndex, type Table } from './csv-table';
import { EES_ID_COLUMNS, PHASE_COLUMN } from './ees-conventions';

/** The columns of an EES `.meta.csv`, in EES order. */
export const META_COLUMNS = [
  'col_name',
  'col_type',
  'label',
  'indicator_grouping',
  'indicator_unit',
  'indicator_dp',
  'filter_hint',
  'filter_grouping_column',
] as const;

export type MetaRow = { col_name: string; col_type: 'Filter' | 'Indicator'; label: string } & Partial<
  Record<(typeof META_COLUMNS)[number], string>
>;

export function filterMeta(column: string, label: string, hint: string): MetaRow {
  return { col_name: column, col_type: 'Filter', label, filter_hint: hint };
}

export function indicatorMeta(
  column: string,
  label: string,
  grouping: string,
  unit: string,
  dp: number,
): MetaRow {
  return {
    col_name: column,
    col_type: 'Indicator',
    label,
    indicator_grouping: grouping,
    indicator_unit: unit,
    indicator_dp: String(dp),
  };
}

/** DfE renamed `school_type` to `education_phase` in 2025/26; every output uses the new name and this label. */
export const PHASE_META = filterMeta(PHASE_COLUMN, 'Education phase', 'Filter by education phase');

/** Not in DfE's weekly metadata, which has no persistent absence; labelled like the annual file's measure. */
export const PA_PERC_META = indicatorMeta(
  'pa_perc',
  'Persistent absence rate (missing 10% or more of sessions)',
  'Absence rates',
  '%',
  // One decimal, like every other rate of this publication: it gives the published 22.3% and 18.7%.
  1,
);

export function metaTable(rows: readonly MetaRow[]): Table {
  return {
    header: [...META_COLUMNS],
    rows: rows.map((row) => META_COLUMNS.map((column) => row[column] ?? '')),
  };
}

export interface CutMeta {
  table: Table;
  /** Data columns that neither DfE's metadata nor the builder describes. */
  unlabelled: string[];
}

/**
 * Metadata for a data file's columns, cut from DfE's `.meta.csv` with labels, units and decimals unchanged. The
 * phase filter and any `extra` rows take precedence; geography and time columns are never described in EES meta.
 */
export function cutMeta(source: Table, columns: readonly string[], extra: readonly MetaRow[] = []): CutMeta {
  const name = columnIndex(source, 'col_name', 'EES_weekly_data.meta.csv');
  const known = new Map(source.rows.map((row) => [cell(row, name).trim(), row] as const));
  const own = new Map([PHASE_META, ...extra].map((row) => [row.col_name, row] as const));
  const skipped = new Set<string>(EES_ID_COLUMNS);
  const rows: string[][] = [];
  const unlabelled: string[] = [];
  for (const column of columns) {
    if (skipped.has(column)) continue;
    const mine = own.get(column);
    const theirs = known.get(column);
    if (mine) rows.push(metaTable([mine]).rows[0] ?? []);
    else if (theirs) rows.push(META_COLUMNS.map((field) => cell(theirs, columnIndex(source, field, 'meta'))));
    else unlabelled.push(column);
  }
  return { table: { header: [...META_COLUMNS], rows }, unlabelled };
}
