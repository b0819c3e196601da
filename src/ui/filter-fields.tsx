import type { FilterColumn } from '../data/catalogue';
import { compareFilterValues } from '../data/ees/filter-values';
import { SelectField } from './select-field';

export interface FilterFieldsProps {
  filters: readonly FilterColumn[];
  chosen: Readonly<Record<string, string>>;
  onChange: (column: string, value: string) => void;
}

/** One select per filter column of a file (sex, FSM, …), so each period has one value per area. */
export function FilterFields({ filters, chosen, onChange }: FilterFieldsProps) {
  return filters.map((filter) => (
    <SelectField
      key={filter.column}
      label={filter.label}
      value={chosen[filter.column] ?? ''}
      options={[...filter.values].sort(compareFilterValues).map((v) => ({ value: v, label: v || '(blank)' }))}
      onChange={(value) => onChange(filter.column, value)}
      {...(filter.truncated
        ? { hint: `The first ${filter.values.length} values, in order; the SQL console reaches every value.` }
        : {})}
    />
  ));
}
