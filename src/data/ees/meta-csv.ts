import Papa from 'papaparse';

/** One row of an EES `.meta.csv`: how DfE labels a column of the data file beside it. */
export interface MetaColumn {
  column: string;
  type: 'Filter' | 'Indicator';
  label: string;
  unit: string;
  decimals: number | null;
  /** `indicator_grouping`: the heading an indicator is listed under. */
  group: string;
  /** `filter_hint`: a sentence shown beside a filter. */
  hint?: string;
  /** `filter_grouping_column`: the data column whose values group this filter's values (characteristic_group). */
  groupColumn?: string;
  /** `filter_default` (optional in the standard): the value a filter starts at. */
  defaultValue?: string;
}

export const META_HEADER = ['col_name', 'col_type', 'label'] as const;

export function looksLikeMetaHeader(header: readonly string[]): boolean {
  return META_HEADER.every((name) => header.includes(name));
}

/** Reads a `.meta.csv`; rows it cannot use are reported, not guessed. */
export function parseMetaCsv(text: string): { columns: MetaColumn[]; problems: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const columns: MetaColumn[] = [];
  const problems: string[] = [];
  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const column = row.col_name?.trim();
    const type = row.col_type?.trim();
    if (!column || (type !== 'Filter' && type !== 'Indicator')) {
      problems.push(`line ${line}: needs col_name and col_type Filter or Indicator`);
      return;
    }
    const dp = row.indicator_dp?.trim();
    const hint = row.filter_hint?.trim();
    const groupColumn = row.filter_grouping_column?.trim();
    const defaultValue = row.filter_default?.trim();
    columns.push({
      column,
      type,
      label: row.label?.trim() || column,
      unit: row.indicator_unit?.trim() ?? '',
      decimals: dp && /^\d+$/.test(dp) ? Number(dp) : null,
      group: row.indicator_grouping?.trim() ?? '',
      // Filter fields mean nothing on an indicator row; EES leaves them blank there.
      ...(type === 'Filter' && hint ? { hint } : {}),
      ...(type === 'Filter' && groupColumn ? { groupColumn } : {}),
      ...(type === 'Filter' && defaultValue ? { defaultValue } : {}),
    });
  });
  return { columns, problems };
}
