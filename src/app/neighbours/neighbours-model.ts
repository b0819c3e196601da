import { pandemicNote } from '../../analysis/pandemic-years';
import type { NeighboursPoint, NeighboursSeries } from '../../charts/neighbours-chart';
import { schoolsCountOf } from '../../charts/schools-reporting';
import type { Neighbour } from '../../data/neighbours-file';
import type { NeighbourValueRow, NeighboursRow } from '../../queries/neighbours-query-options';

export const neighboursSeries = (name: string, regionName: string | null): NeighboursSeries[] => [
  { key: 'authority', name, colour: '#1d70b8', dash: '', width: 3 },
  { key: 'median', name: 'Neighbours’ median', colour: '#003078', dash: '6 3', width: 2 },
  ...(regionName
    ? [{ key: 'region' as const, name: regionName, colour: '#b8470c', dash: '2 3', width: 2 }]
    : []),
  { key: 'england', name: 'England', colour: '#0b0c0c', dash: '', width: 1.5 },
];

const withNote = (note: string | null): { note?: string } => (note ? { note } : {});

export function neighboursPoints(rows: readonly NeighboursRow[]): NeighboursPoint[] {
  return rows.map((row) => ({
    ...withNote(pandemicNote(row.period_start)),
    period: row.period,
    authority: row.la_value,
    median: row.median,
    range: row.low !== null && row.high !== null ? [row.low, row.high] : null,
    region: row.region_value,
    england: row.england_value,
    withFigures: row.with_figures,
    schools: neighboursSchools(row),
  }));
}

/** The schools behind each line's figure where the file gives them (the median's: its neighbours' together). */
export function neighboursSchools(row: NeighboursRow): NeighboursPoint['schools'] {
  const count = (value: number | null, schools: number | null, total: number | null) =>
    value === null ? undefined : schoolsCountOf({ schools, schools_total: total });
  return {
    authority: row.la_value === null ? undefined : schoolsCountOf(row),
    median: count(row.median, row.neighbours_schools, row.neighbours_schools_total),
    region: count(row.region_value, row.region_schools, row.region_schools_total),
    england: count(row.england_value, row.england_schools, row.england_schools_total),
  };
}

/**
 * Which neighbours were left out of which periods' median, one sentence a neighbour: "West Northamptonshire has no
 * figure in 2015/16 to 2020/21 (it did not exist, or its figure is not published)". A period with no figures for
 * anyone (2019/20) is not a neighbour's absence and is left to the chart's gap.
 */
export function leftOutNote(rows: readonly NeighboursRow[], neighbours: readonly Neighbour[]): string[] {
  const periods = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.missing || row.with_figures === 0) continue;
    for (const old of row.missing.split(',')) periods.set(old, [...(periods.get(old) ?? []), row.period]);
  }
  return neighbours.flatMap((n) => {
    const missed = periods.get(n.old);
    if (!missed?.length) return [];
    const span = missed.length > 2 ? `${missed[0]} to ${missed.at(-1)}` : missed.join(' and ');
    return [`${n.name} has no figure in ${span} and is left out of the median there`];
  });
}

/** The latest period in which the authority has a figure, with its rank among itself and its neighbours. */
export function latestRank(rows: readonly NeighboursRow[]): NeighboursRow | undefined {
  return [...rows].reverse().find((row) => row.rank !== null);
}

/** Each neighbour's figure in one period, by old code. */
export function valuesIn(
  values: readonly NeighbourValueRow[],
  period: string,
): Map<string, NeighbourValueRow> {
  return new Map(values.filter((v) => v.period === period).map((v) => [v.old_la_code, v]));
}
