import type { Answer } from '../../../analysis/analysis-types';
import type { DifferenceInDifferences } from '../../../analysis/difference-in-differences';
import { SeriesTable } from '../../../charts/series-table';
import { ChartFrame } from '../../chart-frame';
import { periodFlag } from '../../../analysis/pandemic-years';
import { percent, signedPp } from './analysis-format';
import { AnalysisChart, type AnalysisLine } from './analysis-chart';
import { analysisModel, modelCsv, type PeriodDates } from './analysis-model';
import type { SchoolCoverage } from './analysis-series';
import { CoverageNote } from './coverage-note';
import { MethodNotes, TimingNotCause } from './method-notes';

export interface DidResultProps {
  answer: Extract<Answer<DifferenceInDifferences>, { ok: true }>;
  areaName: string;
  title: string;
  lines: readonly AnalysisLine[];
  dates: PeriodDates;
  eventMark: { x: number; label: string };
  renderKey: string;
  extra: readonly string[];
  sql: string | null;
  /** Schools behind the area's figures and behind the comparison mean (summed over its areas), where given. */
  schools: { treated: SchoolCoverage; comparison: SchoolCoverage };
  /** Decimal places of the published figures, for the chart and its table. */
  decimals?: number;
}

/** The estimate in words, the pre-event trends of both lines, and the chart to judge whether they ran together. */
export function DidResult({ answer, areaName, title, lines, dates, ...props }: DidResultProps) {
  const model = analysisModel(dates, [
    {
      key: 'treated',
      name: lines[0]?.name ?? '',
      values: answer.rows.map((r) => ({ period: r.period, value: r.treated })),
      schools: props.schools.treated,
    },
    {
      key: 'comparison',
      name: lines[1]?.name ?? '',
      values: answer.rows.map((r) => ({ period: r.period, value: r.comparison })),
      schools: props.schools.comparison,
    },
  ]);
  const pre = answer.rows.filter((row) => row.phase === 'before');
  const from = dates.get(pre[0]?.period ?? '')?.mid;
  const to = dates.get(pre.at(-1)?.period ?? '')?.mid;
  const shade =
    from != null && to != null ? { from, to, label: 'Before: do the lines run in parallel?' } : null;
  const trend = answer.preTrend;
  const format = (value: number) => percent(value, props.decimals);
  const used = [...answer.pre.periods, ...answer.post.periods];
  const flags = used.flatMap((period) => periodFlag(period, dates.get(period)?.start) ?? []);
  return (
    <>
      <p>
        Before the event ({answer.pre.periods.join(', ')}) {areaName} averaged {percent(answer.pre.treated)}{' '}
        and the comparison mean {percent(answer.pre.comparison)}; after it ({answer.post.periods.join(', ')}),{' '}
        {percent(answer.post.treated)} and {percent(answer.post.comparison)}. Difference in differences:{' '}
        <strong data-testid="did-estimate">{signedPp(answer.estimate)}</strong>.
      </p>
      {flags.map((flag) => (
        <p key={flag} className="period-note">
          {flag}
        </p>
      ))}
      {answer.farFromEvent.map((text) => (
        <p key={text} className="warning" data-testid="far-from-event">
          {text}
        </p>
      ))}
      {trend && (
        <p className={trend.large ? 'warning' : ''} data-testid="did-pre-trend">
          Before the event {areaName} moved {signedPp(trend.treatedSlope)} per {trend.unit} and the comparison
          mean {signedPp(trend.comparisonSlope)}.{' '}
          {trend.large
            ? `Carried on, that difference in trend alone would open a gap of ${signedPp(trend.projectedGap)}, ` +
              'at least half the estimate, so the estimate is doubtful.'
            : 'Judge on the chart whether the two lines ran in parallel before the event.'}
        </p>
      )}
      {props.schools.treated.size > 0 && (
        <CoverageNote
          coverage={props.schools.treated}
          before={answer.pre.periods}
          after={answer.post.periods}
        />
      )}
      <TimingNotCause />
      <ChartFrame
        title={title}
        renderKey={props.renderKey}
        ready
        csv={modelCsv(model, 4)}
        legend={lines}
        sql={props.sql}
        table={
          <SeriesTable caption={title} model={model} formatValue={format} explainGap={() => 'no figure'} />
        }
      >
        <AnalysisChart
          model={model}
          lines={lines}
          event={props.eventMark}
          shade={shade}
          formatValue={format}
        />
      </ChartFrame>
      <MethodNotes answer={answer} extra={props.extra} />
    </>
  );
}
