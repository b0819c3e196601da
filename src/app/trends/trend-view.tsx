import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ChartLegend } from '../../charts/chart-legend';
import { SeriesTable } from '../../charts/series-table';
import { toChartModel, type ChartPeriod } from '../../charts/series-model';
import { TimeSeriesChart } from '../../charts/time-series-chart';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import { formatValue } from '../../data/ees/indicators';
import { explainMissing, explainPeriodGap } from '../../data/ees/missing-values';
import { manifest } from '../../data/default-data';
import { seriesQueryOptions } from '../../data/queries/series-query-options';
import { displaySql } from '../../data/sql/series-query';
import { SelectField } from '../../ui/select-field';
import { SqlDisclosure } from '../../ui/sql-disclosure';
import { requestDefault } from '../datasets/dataset-store';
import { useDatasets } from '../datasets/use-datasets';
import { useUrlParams } from '../url-state';
import { geographyOptions, readChoices, toSeriesRequest } from './trend-choices';

const LINE_ORDER = [ENGLAND.code, ...REGIONS.map((r) => r.code)];
let firstChartMarked = false;

export function TrendView() {
  const { datasets, version } = useDatasets();
  const [params, setParams] = useUrlParams();
  const choices = readChoices(params, datasets);
  const request = toSeriesRequest(choices);
  const query = useQuery(seriesQueryOptions(request, version));
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [showTable, setShowTable] = useState(false);

  const pendingDefault = !choices.dataset && manifest.datasets.some((d) => d.id === choices.datasetId);
  useEffect(() => {
    if (pendingDefault) void requestDefault(choices.datasetId);
  }, [pendingDefault, choices.datasetId]);

  const model = useMemo(() => toChartModel(query.data?.rows ?? [], LINE_ORDER), [query.data]);
  const indicator = choices.indicator;
  const decimals = indicator?.decimals ?? 2;
  const unit = indicator?.unit ?? '';
  const format = (value: number) => formatValue(value, decimals, unit);
  const explainGap = (period: ChartPeriod, key: string) =>
    explainPeriodGap(period.label, choices.dataset?.grains[0] ?? '') ?? explainMissing(period.flags[key]);
  const ready = query.isSuccess && !query.isPlaceholderData && model.periods.length > 0;

  useEffect(() => {
    if (ready && !firstChartMarked) {
      firstChartMarked = true;
      performance.mark('lens:first-chart');
    }
  }, [ready]);

  const datasetOptions = [
    ...datasets.map((d) => ({
      value: d.id,
      label: d.title,
      group: d.origin === 'default' ? 'Default data' : 'Your files',
    })),
    ...manifest.datasets
      .filter((entry) => !datasets.some((d) => d.id === entry.id))
      .map((entry) => ({
        value: entry.id,
        label: `${entry.title} (loads when chosen)`,
        group: 'Default data',
      })),
  ];
  const emphasis = [ENGLAND.code];
  const title = indicator
    ? `${indicator.label}${choices.phase !== 'Total' ? `, ${choices.phase.toLowerCase()}` : ''}`
    : 'Loading data…';
  const renderKey = JSON.stringify([request, version]);

  return (
    <section aria-labelledby="trend-title" className="panel">
      <h2 id="trend-title">{title}</h2>
      <div className="controls" role="group" aria-label="Chart choices">
        <SelectField
          label="Dataset"
          value={choices.datasetId}
          options={datasetOptions}
          onChange={(ds) => setParams({ ds, ind: null })}
        />
        <SelectField
          label="Indicator"
          value={indicator?.column ?? ''}
          options={(choices.dataset?.indicators ?? []).map((i) => ({
            value: i.column,
            label: i.label,
            group: i.concept ? 'Headline measures' : 'Other measures',
          }))}
          onChange={(ind) => setParams({ ind })}
          disabled={!choices.dataset}
        />
        <SelectField
          label="Phase"
          value={choices.phase}
          options={(choices.dataset?.phases ?? []).map((p) => ({ value: p, label: p }))}
          onChange={(phase) => setParams({ phase })}
          disabled={!choices.dataset}
        />
        <SelectField
          label="Areas"
          value={choices.geography}
          options={geographyOptions(choices.dataset)}
          onChange={(geo) => setParams({ geo })}
          disabled={!choices.dataset}
        />
        {choices.dataset?.filters.map((filter) => (
          <SelectField
            key={filter.column}
            label={filter.label}
            value={choices.filters[filter.column] ?? ''}
            options={filter.values.map((v) => ({ value: v, label: v || '(blank)' }))}
            onChange={(value) => setParams({ [`f.${filter.column}`]: value })}
          />
        ))}
      </div>
      <figure
        className="chart"
        data-chart
        data-state={ready ? 'ready' : 'loading'}
        data-render-key={ready ? renderKey : ''}
        aria-busy={!ready}
      >
        <figcaption className="visually-hidden">
          {title}: line chart. The same numbers are in the table below the chart.
        </figcaption>
        {query.isError ? (
          <p role="alert">The chart’s query failed: {query.error.message}</p>
        ) : model.periods.length ? (
          <>
            <TimeSeriesChart
              model={model}
              emphasis={emphasis}
              hidden={hidden}
              unit={unit}
              formatValue={format}
              explainGap={explainGap}
            />
            <ChartLegend
              lines={model.lines}
              emphasis={emphasis}
              hidden={hidden}
              onToggle={(key) =>
                setHidden((h) => {
                  const next = new Set(h);
                  if (next.has(key)) next.delete(key);
                  else next.add(key);
                  return next;
                })
              }
            />
          </>
        ) : (
          <p className="chart-empty">
            {request
              ? query.isFetching
                ? 'Drawing…'
                : 'No figures for these choices.'
              : 'Loading the default data…'}
          </p>
        )}
      </figure>
      <div className="chart-actions">
        <button type="button" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
          Table
        </button>
        {query.data?.query && <SqlDisclosure sql={displaySql(query.data.query)} />}
      </div>
      {showTable && (
        <SeriesTable caption={title} model={model} formatValue={format} explainGap={explainGap} />
      )}
      {choices.dataset?.source && <p className="source">Source: {choices.dataset.source}</p>}
    </section>
  );
}
