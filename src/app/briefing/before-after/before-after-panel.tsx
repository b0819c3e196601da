import type { Explanation, Point, TimelineEvent as AnalysisEvent } from '../../../analysis/analysis-types';
import { differenceOfRates, meanBeforeAfter } from '../../../analysis/before-after';
import { likePeriods } from '../../../analysis/like-periods';
import { periodFlag } from '../../../analysis/pandemic-years';
import { intervalText, percent, signedPp } from './analysis-format';
import type { AnalysisMeasure, SchoolCoverage } from './analysis-series';
import { CoverageNote, coverageApart, coverageText, meanCoverageText } from './coverage-note';
import { MethodNotes, TimingNotCause } from './method-notes';

export interface BeforeAfterPanelProps {
  measure: AnalysisMeasure;
  points: readonly Point[];
  date: string;
  areaName: string;
  otherEvents: readonly AnalysisEvent[];
  /** Schools reporting behind each figure, where the file gives them (the daily collection's files do). */
  coverage: SchoolCoverage;
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** Each compared period's flag (2021/22 is not like other years), said in the row that uses it. */
function PeriodFlags({ points }: { points: readonly Point[] }) {
  const flags = unique(points.flatMap((point) => periodFlag(point.period, point.start) ?? []));
  return flags.map((flag) => (
    <span key={flag} className="period-note">
      {flag}
    </span>
  ));
}

function merge(answers: readonly Explanation[]): Explanation {
  return {
    method: unique(answers.map((a) => a.method)).join(' '),
    assumptions: unique(answers.flatMap((a) => a.assumptions)),
    caveats: unique(answers.flatMap((a) => a.caveats)),
  };
}

/** Like periods compared with like around the event, each difference with its interval where counts allow. */
export function BeforeAfterPanel(props: BeforeAfterPanelProps) {
  const { measure, points, date, areaName, otherEvents, coverage } = props;
  const daily = measure.countColumn !== null;
  const like = likePeriods(points, date, measure.granularity, { otherEvents });
  if (!like.ok) {
    return (
      <section className="analysis-panel" aria-labelledby="before-after-title">
        <h3 id="before-after-title">Like periods before and after, {areaName}</h3>
        <p className="refusal" data-testid="before-after-refusal">
          No before-and-after comparison: {like.reason}
        </p>
      </section>
    );
  }
  const differences = like.pairs.map((pair) => ({
    pair,
    answer: differenceOfRates(pair.before, pair.after),
  }));
  // A mean needs periods on both sides: never a "Mean of 0 before" row (issue #26).
  const mean =
    like.granularity === 'week' || like.before.length === 0 || like.after.length === 0
      ? null
      : meanBeforeAfter(like.before, like.after);
  const beforePeriods = like.before.map((p) => p.period);
  const afterPeriods = like.after.map((p) => p.period);
  const apart = daily ? coverageApart(coverage, beforePeriods, afterPeriods) : null;
  const explained = [
    like,
    ...differences.flatMap(({ answer }) => (answer.ok ? [answer] : [])).slice(0, 1),
    ...(mean?.ok ? [mean] : []),
  ];
  return (
    <section className="analysis-panel" aria-labelledby="before-after-title">
      <h3 id="before-after-title">Like periods before and after, {areaName}</h3>
      <p>
        The event falls in <strong>{like.eventPeriod}</strong>
        {like.during.length > 0 &&
          `, which is set aside as “during”: ${like.during.map((p) => p.period).join(', ')} mixes time before and after it`}
        .
      </p>
      {like.farFromEvent.map((text) => (
        <p key={text} className="warning" data-testid="far-from-event">
          {text}
        </p>
      ))}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Before and after (table)">
        <table className="data-table before-after-table">
          <caption>
            {measure.label}: each period after the event against its like period before it. Figures as
            published; differences from the unrounded figures.
          </caption>
          <thead>
            <tr>
              <th scope="col">Comparison</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
              <th scope="col">Difference</th>
              <th scope="col">95% interval, chance variation only</th>
              {daily && <th scope="col">Schools reporting, before → after</th>}
            </tr>
          </thead>
          <tbody>
            {differences.map(({ pair, answer }) => (
              <tr key={pair.label} data-pair={pair.label}>
                <th scope="row">
                  {pair.label}
                  <PeriodFlags points={[pair.before, pair.after]} />
                </th>
                <td>{percent(pair.before.value, measure.decimals)}</td>
                <td>{percent(pair.after.value, measure.decimals)}</td>
                <td>{answer.ok ? signedPp(answer.difference) : answer.reason}</td>
                <td>{answer.ok && answer.interval ? intervalText(answer.interval) : 'none (no counts)'}</td>
                {daily && (
                  <td>
                    {coverageText(coverage, pair.before.period)} → {coverageText(coverage, pair.after.period)}
                  </td>
                )}
              </tr>
            ))}
            {mean && (
              <tr data-pair="mean">
                <th scope="row">
                  Mean of {like.before.length} before vs {like.after.length} after
                  <span className="hint">
                    {' '}
                    ({like.before.map((p) => p.period).join(', ')} vs{' '}
                    {like.after.map((p) => p.period).join(', ')})
                  </span>
                  <PeriodFlags points={[...like.before, ...like.after]} />
                </th>
                <td>{mean.ok ? percent(mean.before.mean) : ''}</td>
                <td>{mean.ok ? percent(mean.after.mean) : ''}</td>
                <td colSpan={mean.ok ? 1 : 2}>{mean.ok ? signedPp(mean.difference) : mean.reason}</td>
                {mean.ok && <td>{mean.interval ? intervalText(mean.interval) : 'none (see caveats)'}</td>}
                {daily && (
                  <td>
                    {meanCoverageText(coverage, beforePeriods, afterPeriods)}
                    {apart && (
                      <span className="warning" data-testid="mean-coverage-apart">
                        {' '}
                        {apart}
                      </span>
                    )}
                  </td>
                )}
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {measure.noCountReason && <p className="hint">{measure.noCountReason}</p>}
      {measure.partYearLatest && (
        <p className="hint" data-testid="part-year">
          {measure.partYearLatest}
        </p>
      )}
      {daily && (
        <p className="hint">
          These are census counts of every session, not a sample. The intervals treat each possible session as
          a chance draw, so millions of sessions make them very narrow: they cover chance variation only, not
          the clustering of sessions within pupils and schools, nor anything else that changed. They are not a
          test of whether the event made a difference.
        </p>
      )}
      {daily && (
        <CoverageNote
          coverage={coverage}
          before={unique([
            ...like.pairs.map((pair) => pair.before.period),
            ...(mean?.ok ? beforePeriods : []),
          ])}
          after={unique([...like.pairs.map((pair) => pair.after.period), ...(mean?.ok ? afterPeriods : [])])}
        />
      )}
      <TimingNotCause />
      <MethodNotes answer={merge(explained)} />
    </section>
  );
}
