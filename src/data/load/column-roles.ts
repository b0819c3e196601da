import { LOCATION_COLUMNS } from '../ees/geography';
import { KNOWN_INDICATORS, labelFromColumn } from '../ees/indicators';
import type { MetaColumn } from '../ees/meta-csv';
import { PHASE_COLUMNS } from '../ees/phase';
import type { IndicatorColumn } from '../catalogue';
import type { ColumnProfile } from './column-profile';
import { decimalsFromValues, inferKind, unitFromName, type ColumnKind } from './column-kind';

/** A filter column as the app offers it: the meta's label and hint, and the column grouping its values. */
export interface FilterRole {
  column: string;
  label: string;
  hint: string;
  /** `filter_grouping_column`: the column whose values group this one's (characteristic_group). */
  groupColumn: string | null;
  /** Set on a grouping column: the filter whose values it groups; the two move together. */
  groups: string | null;
  /** `filter_default` from the meta, when it gives one. */
  defaultValue: string | null;
}

export interface ColumnRoles {
  /** The column the app reads as its own phase (school_type / education_phase); not offered as a filter. */
  phaseColumn: string | null;
  indicators: IndicatorColumn[];
  /** The filters' columns, in file order (kept for today's callers; `filters` has the rest). */
  filterColumns: string[];
  filters: FilterRole[];
  /** URN, LAESTAB, trust ids …: they name rows, so are neither measures nor offered as filters. */
  identifierColumns: string[];
  /** Empty columns and free-text descriptions: kept in the table (the SQL console reaches them), not offered. */
  otherColumns: string[];
}

function indicatorOf(profile: ColumnProfile, described: MetaColumn | undefined): IndicatorColumn {
  const { column } = profile;
  const known = KNOWN_INDICATORS[column];
  return {
    column,
    label: described?.label ?? known?.label ?? labelFromColumn(column),
    unit: described?.unit || known?.unit || unitFromName(column),
    // Counts are whole numbers: without a meta file or built-in knowledge, the figures say how many places.
    decimals: described?.decimals ?? known?.decimals ?? decimalsFromValues(profile) ?? 2,
    ...(known?.concept ? { concept: known.concept } : {}),
  };
}

/**
 * Decides what each column is. Where the `.meta.csv` describes a column it is the authority (col_type, label,
 * unit, decimal places, hint, grouping column); a column it does not describe is judged by the built-in knowledge
 * of attendance and absence columns, then by its name and values (see column-kind.ts).
 */
export function assignRoles(profiles: readonly ColumnProfile[], meta: readonly MetaColumn[]): ColumnRoles {
  const columns = profiles.map((p) => p.column);
  const phaseColumn = PHASE_COLUMNS.find((name) => columns.includes(name)) ?? null;
  const metaByName = new Map(meta.map((entry) => [entry.column, entry]));
  // A grouping column is a filter whatever its values look like; it is named only in its filter's row.
  const groupedBy = new Map<string, string>();
  for (const entry of meta)
    if (entry.type === 'Filter' && entry.groupColumn && columns.includes(entry.groupColumn))
      groupedBy.set(entry.groupColumn, entry.column);

  const roles: ColumnRoles = {
    phaseColumn,
    indicators: [],
    filterColumns: [],
    filters: [],
    identifierColumns: [],
    otherColumns: [],
  };
  for (const profile of profiles) {
    const { column } = profile;
    if (LOCATION_COLUMNS.has(column) || column === phaseColumn) continue;
    const described = metaByName.get(column);
    const groups = groupedBy.get(column) ?? null;
    const kind: ColumnKind = groups
      ? 'filter'
      : described
        ? described.type === 'Indicator'
          ? 'indicator'
          : 'filter'
        : inferKind(profile);
    if (kind === 'indicator') roles.indicators.push(indicatorOf(profile, described));
    else if (kind === 'identifier') roles.identifierColumns.push(column);
    else if (kind === 'other') roles.otherColumns.push(column);
    else {
      roles.filterColumns.push(column);
      roles.filters.push({
        column,
        label: described?.label ?? labelFromColumn(column),
        hint: described?.hint ?? '',
        groupColumn:
          described?.groupColumn && columns.includes(described.groupColumn) ? described.groupColumn : null,
        groups,
        defaultValue: described?.defaultValue ?? null,
      });
    }
  }
  return roles;
}
