import { CoverageCaveat } from '../../charts/schools-reporting';
import { coverageBasisOf } from '../../data/coverage-basis';
import type { Dataset } from '../../data/catalogue';
import { schoolsColumnsOf } from '../../queries/schools-columns';
import type { AreaChoice } from './characteristics-choices';

const ACADEMIC_YEAR = /^(\d{4})\/\d{2}$/;

/** Academic years between the first and last that the file has no rows for (2019/20 in DfE's band file). */
function missingYears(labels: readonly string[]): string[] {
  const starts = labels.map((label) => Number(ACADEMIC_YEAR.exec(label)?.[1] ?? NaN));
  if (!starts.length || starts.some((year) => !Number.isFinite(year))) return [];
  const missing: string[] = [];
  for (let year = Math.min(...starts) + 1; year < Math.max(...starts); year++)
    if (!starts.includes(year)) missing.push(`${year}/${String((year + 1) % 100).padStart(2, '0')}`);
  return missing;
}

/** What the measure is, which years it covers, and how the chosen area is made up. */
export interface CharacteristicsNoteProps {
  dataset: Dataset | undefined;
  area: AreaChoice;
  /** The chart has an Unclassified line (drawn hidden at first). */
  unclassified: boolean;
}

/**
 * Said when the file does carry schools columns: each rate here adds up rows of several pupil groups, and a school
 * has pupils in many groups, so adding the rows' school counts would count a school many times (issue #11).
 */
export const SCHOOLS_NOT_SUMMED =
  'This file gives a number of schools on each row, but the rates here add up rows of several groups of pupils ' +
  '(“All pupils” is every group together), and a school has pupils in many groups: adding the rows’ school counts would count a school many times, so no ' +
  'number of schools is shown. A change in which schools are counted can move a rate by itself.';

export function CharacteristicsNote({ dataset, area, unclassified }: CharacteristicsNoteProps) {
  const labels = dataset?.periods.map((p) => p.label) ?? [];
  const schools = schoolsColumnsOf(dataset);
  const missing = missingYears(labels);
  return (
    <div className="chart-note characteristics-note">
      <p>
        Severe absence: pupils missing 50% or more of their possible sessions, from DfE’s absence-band counts
        (enrolments in 5% bands of overall absence). Each rate is the pupils in the 50%-or-more band divided
        by the pupils in all bands, summed over the area, phases and groups chosen; “All pupils” is every
        group together.
        {labels.length > 0 &&
          ` Years covered: ${labels[0]} to ${labels.at(-1)}${
            missing.length
              ? `, without ${missing.join(', ')}${missing.includes('2019/20') ? ' (DfE published the autumn term 2019 only: no two-term or full-year release)' : ''}`
              : ''
          }.`}
      </p>
      {unclassified && (
        <p>
          “Unclassified” is DfE’s group for enrolments with no recorded value. It is small and its rates are
          far higher than the other groups’, so its line starts hidden: press it in the legend to show it. Its
          figures are in the table and the CSV.
        </p>
      )}
      {schools ? (
        <p data-testid="coverage-caveat">{SCHOOLS_NOT_SUMMED}</p>
      ) : (
        <CoverageCaveat counted={false} basis={coverageBasisOf(dataset)} />
      )}
      {area.codes.length > 1 && (
        <p>DfE publishes these counts for Inner and Outer London separately; London here is their sum.</p>
      )}
    </div>
  );
}
