import type { MapAreaDatum } from '../../charts/choropleth-map';
import { classify, type ClassMethod, type Classes } from '../../charts/map-classes';
import { areasOfYear, type Boundaries } from '../../data/geo/map-boundaries';
import { joinRows } from '../../data/geo/map-join';
import { REGIONAL, type RankingLevel, type RankingRow } from '../../queries/ranking-query-options';
import { explainChangeGap, explainValueGap, formatChange } from './ranking-format';
import { latestSchoolsWords } from './ranking-schools';

export interface MapModelInput {
  boundaries: Boundaries;
  rows: readonly RankingRow[];
  year: number;
  /** Regions are drawn from the map file's region layer, which has not changed since 2014. */
  level: RankingLevel;
  method: ClassMethod;
  /** Only the chosen region's authorities are drawn when a region is chosen. */
  regionCode: string | null;
  grain: string;
  decimals: number;
  unit: string;
  /** The file gives the schools behind each figure (said in each area's summary). */
  counted?: boolean;
  formatValue: (value: number) => string;
}

export interface MapModel {
  areas: MapAreaDatum[];
  classes: Classes;
  /** The drawn areas with their rows, in the order of the table. */
  rows: { area: MapAreaDatum; row: RankingRow | null }[];
  /** Rows with a figure but no boundary that year (a user's file with other codes, or Inner and Outer London). */
  unplaced: RankingRow[];
}

const LONDON_BOROUGH = /^E09/;

function summary(row: RankingRow | null, period: string, input: MapModelInput): string {
  if (!row) return `No figure: the file has no row for this area in ${period}.`;
  if (row.latest_value === null) return explainValueGap(row.latest_period, row.latest_flag, input.grain);
  const change =
    row.change_previous !== null
      ? `${formatChange(row.change_previous, input.decimals, input.unit)} on ${row.previous_period}`
      : `change on a year earlier: ${explainChangeGap(row, 'previous', input.grain)}`;
  return `${input.formatValue(row.latest_value)}, rank ${row.rank} of ${row.ranked} (quartile ${row.quartile}), ${change}${latestSchoolsWords(row, input.counted ?? false)}`;
}

/**
 * Each authority of the year (or each region) with its row, class and words; a region's authorities only when one
 * is chosen.
 */
export function mapModel(input: MapModelInput): MapModel {
  const started = performance.now();
  const period = input.rows[0]?.latest_period ?? '';
  const regions = input.level === REGIONAL;
  const { joined, unplaced } = regions
    ? joinRows(input.boundaries.regions, input.rows)
    : joinRows(areasOfYear(input.boundaries.areas, input.year), input.rows);
  const shown =
    input.regionCode && !regions ? joined.filter((j) => j.row?.region_code === input.regionCode) : joined;
  const values = shown.flatMap((j) => (j.row?.latest_value != null ? [j.row.latest_value] : []));
  const classes = classify(values, input.method);
  const rows = shown.map(({ area, row }) => {
    const value = row?.latest_value ?? null;
    const datum: MapAreaDatum = {
      key: area.properties.code,
      name: row?.la_name ?? area.properties.name,
      shape: area,
      value,
      classIndex: value === null ? -1 : classes.classOf(value),
      summary: summary(row, period, input),
      london: !regions && !input.regionCode && LONDON_BOROUGH.test(area.properties.code),
    };
    return { area: datum, row };
  });
  rows.sort((a, b) => a.area.name.localeCompare(b.area.name, 'en-GB'));
  const model = {
    areas: rows.map((r) => r.area),
    classes,
    rows,
    unplaced: unplaced.filter((row) => row.latest_value !== null),
  };
  // The benchmark reads this to say where a map redraw's time goes.
  performance.measure('lens:map-model', { start: started });
  return model;
}
