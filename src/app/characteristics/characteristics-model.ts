import { EMPHASIS_STYLE, lineStyle } from '../../charts/line-styles';
import { toChartModel } from '../../charts/series-model';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing } from '../../data/ees/missing-values';
import type { CharacteristicsRow } from '../../queries/characteristics-query-options';
import { gapExplainer } from '../chart-gaps';
import { phaseLabel, type CharacteristicsChoices } from './characteristics-choices';
import { ALL_PUPILS, groupKey, groupLines, toSeriesRows, UNCLASSIFIED, type GroupLine } from './group-series';

const DECIMALS = 2;
export const formatRate = (value: number) => formatValue(value, DECIMALS, '%');

export function characteristicsTitle(choices: CharacteristicsChoices): string {
  const where = `${choices.area.label}, ${phaseLabel(choices)}`;
  return `Severe absence by ${choices.characteristic.phrase}: ${where}${choices.period ? `, ${choices.period}` : ''}`;
}

/** The groups' lines (all pupils first), the chart model they draw, and why a period has no figure. */
export function drawnGroups(rows: readonly CharacteristicsRow[], choices: CharacteristicsChoices) {
  const lines = groupLines(rows, choices.characteristic);
  const seriesRows = toSeriesRows(rows, choices.characteristic);
  const model = toChartModel(
    seriesRows,
    lines.map((line) => line.key),
  );
  const grain = choices.dataset?.grains[0] ?? '';
  return { lines, seriesRows, model, explainGap: gapExplainer(grain) };
}

/** All pupils drawn with emphasis, like England in the trends view; the groups in the chart's own styles. */
export const groupLegend = (lines: readonly GroupLine[]) =>
  lines.map((line, index) => {
    const style = line.key === ALL_PUPILS ? EMPHASIS_STYLE : lineStyle(index);
    return { name: line.name, colour: style.colour, dash: style.dash };
  });

/** One period's bars: each group's rate, or a gap with the file's reason (never a zero bar). */
export const groupBars = (lines: readonly GroupLine[], rows: readonly CharacteristicsRow[]) =>
  lines.map((line) => {
    const row = rows.find((r) => groupKey(r) === line.key);
    return { key: line.key, name: line.name, value: row?.value ?? null, gap: explainMissing(row?.flag) };
  });

/** Unclassified pupils are noted on the chart over time, where their line is hidden at first. */
export const unclassifiedNoted = (lines: readonly GroupLine[], period: string): boolean =>
  !period && lines.some((line) => line.key === UNCLASSIFIED);

export const CSV_COLUMNS = [
  'period',
  'period_start',
  'area_codes',
  'area_name',
  'phase',
  'characteristic',
  'group',
  'severe_absentees',
  'enrolments',
  'severe_absence_percent',
  'flag',
];

export const characteristicsCsv = (rows: readonly CharacteristicsRow[], choices: CharacteristicsChoices) =>
  rows.map((row) => ({
    period: row.period,
    period_start: row.period_start,
    area_codes: choices.area.codes.join(' '),
    area_name: choices.area.label,
    phase: choices.phases.find((p) => p.value === choices.phase)?.label ?? choices.phase,
    characteristic: choices.column,
    group: row.is_total ? 'All pupils' : row.group_value,
    severe_absentees: row.severe_absentees,
    enrolments: row.enrolments,
    severe_absence_percent: row.value === null ? null : Number(row.value.toFixed(DECIMALS)),
    flag: row.flag,
  }));

/** What the chart's place shows: bars for one period, lines over time, or why there is nothing to draw. */
export type CharacteristicsBody =
  | { kind: 'failed'; message: string }
  | { kind: 'bars' }
  | { kind: 'lines' }
  | { kind: 'message'; text: string };

export interface CharacteristicsBodyInput {
  error: Error | null;
  /** The dataset's load failed: its own message, said instead of the chart. */
  loadProblem: string | null;
  rows: number;
  choices: Pick<CharacteristicsChoices, 'dataset' | 'bands' | 'column' | 'period'>;
  waitingFor: { title: string } | undefined;
  fetching: boolean;
}

export function characteristicsBody(input: CharacteristicsBodyInput): CharacteristicsBody {
  const { error, loadProblem, choices } = input;
  if (error) return { kind: 'failed', message: `The chart’s query failed: ${error.message}` };
  if (loadProblem) return { kind: 'failed', message: loadProblem };
  if (input.rows) return choices.period ? { kind: 'bars' } : { kind: 'lines' };
  if (input.waitingFor) return { kind: 'message', text: `Loading ${input.waitingFor.title}…` };
  if (!choices.dataset) return { kind: 'message', text: 'This dataset is not loaded.' };
  if (!choices.bands || !choices.column)
    return { kind: 'message', text: 'This dataset has no absence-band counts by pupil characteristic.' };
  return { kind: 'message', text: input.fetching ? 'Drawing…' : 'No figures for these choices.' };
}
