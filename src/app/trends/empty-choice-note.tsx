import type { FilterColumn } from '../../data/catalogue';
import type { EmptyExplanation } from '../../data/ees/filter-defaults';
import { filterParams } from '../filter-param';
import { trendsUrl } from '../url/trends-url';

export interface EmptyChoiceNoteProps {
  explanation: EmptyExplanation;
  filters: readonly FilterColumn[];
  setParams: (change: Record<string, string | null>) => void;
}

const shown = (value: string): string => (value === '' ? '(blank)' : `“${value}”`);

/** "No figures for these choices", saying which choice empties the chart and offering the nearest with figures. */
export function EmptyChoiceNote({ explanation, filters, setParams }: EmptyChoiceNoteProps) {
  const label = (column: string) => filters.find((f) => f.column === column)?.label ?? column;
  const { culprits, nearest } = explanation;
  const apply = () => setParams(trendsUrl.write({ filters: filterParams(nearest) }));
  return (
    <div className="chart-empty" role="status">
      <p>
        No figures for these choices: the file has no rows with{' '}
        {culprits.map((c, i) => (
          <span key={c.column}>
            {i > 0 && (i === culprits.length - 1 ? ' and ' : ', ')}
            {label(c.column)} {shown(c.chosen)}
          </span>
        ))}{' '}
        together with the other choices.
      </p>
      <button type="button" onClick={apply}>
        Show{' '}
        {culprits.map((c, i) => (
          <span key={c.column}>
            {i > 0 && (i === culprits.length - 1 ? ' and ' : ', ')}
            {label(c.column)} {shown(c.suggested)}
          </span>
        ))}{' '}
        instead
      </button>
    </div>
  );
}
