import { useMemo } from 'react';
import type { Dataset } from '../../data/catalogue';
import { FilterFields } from '../../ui/filter-fields';
import { filterParam } from '../filter-param';
import { geoChange, trendsUrl } from '../url/trends-url';
import { SelectField } from '../../ui/select-field';
import { datasetOption } from './dataset-option';
import { AreaPicker } from './area-picker';
import {
  geographyOptions,
  grainOptions,
  TERM_OPTIONS,
  type DatasetChoice,
  type TrendChoices,
} from './trend-choices';

export interface TrendControlsProps {
  choices: TrendChoices;
  all: readonly DatasetChoice[];
  setParams: (change: Record<string, string | null>) => void;
}

const periodOptions = (dataset: Dataset | undefined, empty: string) => [
  { value: '', label: empty },
  ...(dataset?.periods ?? []).map((p) => ({ value: p.start, label: p.label })),
];

/** The choices of the trends view; each writes to the URL, which is the only state. */
export function TrendControls({ choices, all, setParams }: TrendControlsProps) {
  const { dataset } = choices;
  // Each list is a new array only when what it lists changes, so the selects leave their options alone otherwise.
  const indicators = useMemo(
    () =>
      (dataset?.indicators ?? []).map((i) => ({
        value: i.column,
        label: i.label,
        group: i.concept ? 'Headline measures' : 'Other measures',
      })),
    [dataset],
  );
  const phases = useMemo(() => (dataset?.phases ?? []).map((p) => ({ value: p, label: p })), [dataset]);
  const areas = useMemo(() => geographyOptions(dataset, choices.geography), [dataset, choices.geography]);
  const from = useMemo(() => periodOptions(dataset, 'First period'), [dataset]);
  const to = useMemo(() => periodOptions(dataset, 'Latest period'), [dataset]);
  const ofGrain = all.filter((d) => d.grain === choices.grain);
  const chooseGrain = (grain: string) => {
    const target =
      all.find((d) => d.grain === grain && d.origin === 'default') ?? all.find((d) => d.grain === grain);
    if (target)
      setParams(
        trendsUrl.write({
          dataset: target.id,
          indicator: undefined,
          concept: choices.indicator?.concept,
          from: undefined,
          to: undefined,
          term: undefined,
        }),
      );
  };
  return (
    <div className="controls" role="group" aria-label="Chart choices">
      <SelectField
        label="Time grain"
        value={choices.grain}
        options={grainOptions(all)}
        onChange={chooseGrain}
      />
      <SelectField
        label="Dataset"
        value={choices.datasetId}
        options={ofGrain.map(datasetOption)}
        onChange={(ds) =>
          setParams(
            trendsUrl.write({
              dataset: ds,
              indicator: undefined,
              concept: choices.indicator?.concept,
              from: undefined,
              to: undefined,
            }),
          )
        }
      />
      <SelectField
        label="Indicator"
        value={choices.indicator?.column ?? ''}
        options={indicators}
        onChange={(ind) => setParams(trendsUrl.write({ indicator: ind, concept: undefined }))}
        disabled={!dataset}
      />
      <SelectField
        label="Phase"
        value={choices.phase}
        options={phases}
        onChange={(phase) => setParams(trendsUrl.write({ phase }))}
        disabled={!dataset}
      />
      <SelectField
        label="Areas"
        value={choices.geography}
        options={areas}
        onChange={(geo) => setParams(geoChange(geo))}
        disabled={!dataset}
      />
      {dataset && (
        <AreaPicker
          key={dataset.id}
          dataset={dataset}
          geography={choices.geography}
          setGeography={(geo) => setParams(geoChange(geo))}
        />
      )}
      {choices.grain === 'Term' && (
        <SelectField
          label="Terms"
          value={choices.term}
          options={TERM_OPTIONS}
          onChange={(term) => setParams(trendsUrl.write({ term }))}
        />
      )}
      <SelectField
        label="From"
        value={choices.from}
        options={from}
        onChange={(from) => setParams(trendsUrl.write({ from }))}
        disabled={!dataset}
      />
      <SelectField
        label="To"
        value={choices.to}
        options={to}
        onChange={(to) => setParams(trendsUrl.write({ to }))}
        disabled={!dataset}
      />
      <FilterFields
        filters={dataset?.filters ?? []}
        chosen={choices.filters}
        onChange={(column, value) =>
          setParams(trendsUrl.write({ filters: { [column]: filterParam(value) } }))
        }
      />
    </div>
  );
}
