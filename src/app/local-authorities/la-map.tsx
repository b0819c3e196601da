import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ClassMethod } from '../../charts/map-classes';
import { BOUNDARY_ATTRIBUTION, boundaryYear } from '../../data/geo/map-boundaries';
import { boundariesQueryOptions } from '../../queries/boundaries-query-options';
import { REGIONAL, type RankingLevel, type RankingRow } from '../../queries/ranking-query-options';
import { REGIONS } from '../../data/ees/geography';
import { SelectField } from '../../ui/select-field';
import { ChartFrame } from '../chart-frame';
import { mapModel } from './map-model';
import { MapTable } from './map-table';

// d3-geo and the drawing load with the first map, not with the app.
const loadMapChart = () => import('../../charts/choropleth-map');

export interface LaMapProps {
  title: string;
  rows: readonly RankingRow[];
  /** The ranking for these choices has answered. */
  ready: boolean;
  renderKey: string;
  /** When each period starts (ISO date), to draw the authorities of that year. */
  periodStarts: ReadonlyMap<string, string>;
  regionCode: string | null;
  level: RankingLevel;
  method: ClassMethod;
  onMethod: (method: ClassMethod) => void;
  grain: string;
  decimals: number;
  unit: string;
  /** The file gives the schools behind each figure: the hover and table say how many. */
  counted: boolean;
  indicator: string;
  phase: string;
  formatValue: (value: number) => string;
  sql: string | null;
  onDrill: (row: RankingRow) => void;
}

const METHODS = [
  { value: 'quantile', label: 'Quantiles (a fifth of areas each)' },
  { value: 'equal', label: 'Equal intervals' },
];

const csvColumns = (prefix: string) =>
  [
    `${prefix}_code`,
    `${prefix}_name`,
    'period',
    'indicator',
    'phase',
    'value',
    'flag',
    'class',
    'rank',
  ] as const;

/** The ranking's figures on a map of the authorities of that year, with its table, downloads and attribution. */
export function LaMap(props: LaMapProps) {
  const boundaries = useQuery(boundariesQueryOptions(true));
  const chart = useQuery({ queryKey: ['map-chart-code'], queryFn: loadMapChart, staleTime: Infinity });
  const ChoroplethMap = chart.data?.ChoroplethMap;
  const period = props.rows[0]?.latest_period ?? '';
  const start = props.periodStarts.get(period);
  const year = start ? boundaryYear(start) : null;
  const { rows, regionCode, level, method, grain, decimals, unit, counted, formatValue } = props;
  const regionLevel = level === REGIONAL;
  const model = useMemo(
    () =>
      boundaries.data && year !== null
        ? mapModel({
            boundaries: boundaries.data,
            rows,
            year,
            level,
            method,
            regionCode,
            grain,
            decimals,
            unit,
            counted,
            formatValue,
          })
        : null,
    [boundaries.data, rows, year, level, method, regionCode, grain, decimals, unit, counted, formatValue],
  );
  const regions = useMemo(
    () => (boundaries.data?.regions ?? []).filter((r) => !regionCode || r.properties.code === regionCode),
    [boundaries.data, regionCode],
  );
  const byCode = useMemo(
    () => new Map((model?.rows ?? []).flatMap(({ area, row }) => (row ? [[area.key, row] as const] : []))),
    [model],
  );
  const ready = props.ready && model !== null && ChoroplethMap !== undefined;
  const columns = csvColumns(regionLevel ? 'region' : 'la');
  const csvColumnsShown = counted ? [...columns, 'schools', 'schools_total'] : columns;
  const csvRows = (model?.rows ?? []).map(({ area, row }) => ({
    [columns[0]]: area.key,
    [columns[1]]: area.name,
    period,
    indicator: props.indicator,
    phase: props.phase,
    value: area.value === null ? null : Number(area.value.toFixed(decimals)),
    flag: row ? row.latest_flag : 'no row',
    class: area.classIndex >= 0 ? area.classIndex + 1 : null,
    rank: row?.rank ?? null,
    schools: row?.schools ?? null,
    schools_total: row?.schools_total ?? null,
  }));
  const regionName = REGIONS.find((r) => r.code === regionCode)?.name;
  const methodLabel = method === 'equal' ? 'equal intervals' : 'quantiles';
  return (
    <>
      <div className="controls" role="group" aria-label="Map choices">
        <SelectField
          label="Map classes"
          value={method}
          options={METHODS}
          onChange={(value) => props.onMethod(value === 'equal' ? 'equal' : 'quantile')}
        />
      </div>
      <ChartFrame
        title={`${props.title} (map)`}
        renderKey={JSON.stringify([props.renderKey, method, 'map'])}
        ready={ready}
        csv={{ columns: csvColumnsShown, rows: csvRows }}
        legend={[]}
        sql={props.sql}
        table={
          model ? (
            <MapTable
              caption={props.title}
              model={model}
              formatValue={formatValue}
              areaLabel={regionLevel ? 'Region' : 'Local authority'}
            />
          ) : null
        }
        note={
          <p className="chart-note">
            {model && model.unplaced.length > 0
              ? `Not on the map (no boundary for their code in ${period}): ${model.unplaced.map((r) => r.la_name ?? r.la_key).join(', ')}. `
              : ''}
            {regionLevel
              ? 'Areas drawn are the nine English regions'
              : `Areas drawn are the authorities of ${period || 'the period'}${regionName ? ` in ${regionName}` : ''}`}
            ; classes are {methodLabel} of their figures. Select an area to drill in. {BOUNDARY_ATTRIBUTION}
          </p>
        }
      >
        {boundaries.isError || chart.isError ? (
          <p role="alert">The map could not be drawn: {(boundaries.error ?? chart.error)?.message}</p>
        ) : model && ChoroplethMap ? (
          <ChoroplethMap
            areas={model.areas}
            regions={regions}
            classes={model.classes.classes}
            legendTitle={`${period}, ${methodLabel}`}
            formatValue={formatValue}
            attribution={BOUNDARY_ATTRIBUTION}
            insets={!regionCode && !regionLevel}
            onSelect={(key) => {
              const row = byCode.get(key);
              if (row) props.onDrill(row);
            }}
          />
        ) : (
          <p className="chart-empty">
            {year === null && props.ready ? 'No period to map.' : 'Loading the map…'}
          </p>
        )}
      </ChartFrame>
    </>
  );
}
