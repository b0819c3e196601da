import type { FilterColumn } from '../../data/catalogue';
import type { RepeatedRows } from '../../data/ees/repeated-rows';
import { explainMissing } from '../../data/ees/missing-values';

/** Past this many, the list says how many more (the SQL console has them all). */
const LISTED = 6;

export interface RepeatedRowsNoteProps {
  repeats: readonly RepeatedRows[];
  /** The file's columns, not offered as choices, whose values differ between the repeated rows. */
  differing: readonly string[];
  formatValue: (value: number) => string;
}

const figure = (value: number | null, flag: string | null, format: (value: number) => string): string =>
  value === null ? `no figure (${explainMissing(flag)})` : format(value);

/**
 * Says plainly where the file has more than one row for a period and area under the chosen filters: which, how
 * many, and their figures. Different figures are gaps on the chart (no row is picked, none are added up).
 */
export function RepeatedRowsNote({ repeats, differing: columns, formatValue }: RepeatedRowsNoteProps) {
  if (repeats.length === 0) return null;
  const differing = repeats.filter((r) => !r.same);
  const listed = [...differing, ...repeats.filter((r) => r.same)].slice(0, LISTED);
  const more = repeats.length - listed.length;
  return (
    <div className="chart-note repeated-rows" role="note" data-testid="repeated-rows">
      <p>
        <strong>The file repeats rows.</strong> For {repeats.length}{' '}
        {repeats.length === 1 ? 'period and area' : 'periods and areas'} it has more than one row with these
        choices.{' '}
        {columns.length > 0
          ? `They differ in ${columns.join(', ')}, which this app does not offer as a choice.`
          : 'No column of the file tells them apart.'}{' '}
        {differing.length > 0
          ? `Where their figures differ (${differing.length}), the chart and table show a gap rather than pick one or add them up.`
          : 'Their figures are the same, so each is drawn once.'}
      </p>
      <ul>
        {listed.map((repeat) => (
          <li key={`${repeat.period}|${repeat.areaCode ?? ''}`}>
            {repeat.areaName ?? repeat.areaCode ?? 'No area'}, {repeat.period}: {repeat.values.length} rows
            {repeat.same ? ', all ' : ': '}
            {repeat.same
              ? figure(repeat.values[0] ?? null, repeat.flags[0] ?? null, formatValue)
              : repeat.values.map((v, i) => figure(v, repeat.flags[i] ?? null, formatValue)).join('; ')}
          </li>
        ))}
      </ul>
      {more > 0 && <p>…and {more.toLocaleString('en-GB')} more (the SQL console can list them all).</p>}
    </div>
  );
}

export interface PassedOverNoteProps {
  /** The choices the chart would have started at, had the file not repeated rows under them. */
  passedOver: Readonly<Record<string, string>> | null;
  chosen: Readonly<Record<string, string>>;
  filters: readonly FilterColumn[];
}

/** Why the chart does not start at the file's totals: its rows repeat there, so the chart would be gaps. */
export function PassedOverNote({ passedOver, chosen, filters }: PassedOverNoteProps) {
  if (!passedOver) return null;
  const changed = filters.filter((f) => passedOver[f.column] !== chosen[f.column]);
  if (changed.length === 0) return null;
  const describe = (values: Readonly<Record<string, string>>) =>
    changed.map((f) => `${f.label} “${values[f.column] || '(blank)'}”`).join(', ');
  return (
    <p className="chart-note" data-testid="passed-over">
      This file repeats its rows under {describe(passedOver)}, with different figures and nothing to tell them
      apart, so the chart starts at {describe(chosen)}. Choose{' '}
      {changed.length === 1 ? 'that value' : 'those values'} to see the repeated rows listed.
    </p>
  );
}
