import type { Dataset } from '../../data/catalogue';
import { FilterFields } from '../../ui/filter-fields';
import { filterParam } from '../filter-param';
import { SelectField } from '../../ui/select-field';
import { REGIONAL } from '../../queries/ranking-query-options';
import { localAuthoritiesUrl as laUrl, NO_BASELINE } from '../url/local-authorities-url';
import { rankableLevels, regionOptions, type LaChoices } from './la-choices';

export interface LaControlsProps {
  choices: LaChoices;
  datasets: readonly Dataset[];
  setParams: (change: Record<string, string | null>) => void;
}

const LEVEL_LABELS = { 'Local authority': 'Local authorities', Regional: 'Regions' } as const;

const latestFirst = (dataset: Dataset | undefined) =>
  [...(dataset?.periods ?? [])].reverse().map((p) => ({ value: p.label, label: p.label }));

/** The choices of the local authorities view; each writes to the URL, which is the only state. */
export function LaControls({ choices, datasets, setParams }: LaControlsProps) {
  const { dataset } = choices;
  const periods = latestFirst(dataset);
  return (
    <div className="controls" role="group" aria-label="Ranking choices">
      <SelectField
        label="Dataset"
        value={choices.datasetId}
        options={datasets.map((d) => ({
          value: d.id,
          label: d.title,
          group: d.origin === 'default' ? 'Default data' : 'Your files',
        }))}
        onChange={(ds) =>
          setParams(
            laUrl.write({ dataset: ds, latest: undefined, baseline: undefined, indicator: undefined }),
          )
        }
        disabled={!datasets.length}
      />
      <SelectField
        label="Indicator"
        value={choices.indicator?.column ?? ''}
        options={(dataset?.indicators ?? []).map((i) => ({
          value: i.column,
          label: i.label,
          group: i.concept ? 'Headline measures' : 'Other measures',
        }))}
        onChange={(ind) => setParams(laUrl.write({ indicator: ind }))}
        disabled={!dataset}
      />
      <SelectField
        label="Phase"
        value={choices.phase}
        options={(dataset?.phases ?? []).map((p) => ({ value: p, label: p }))}
        onChange={(phase) => setParams(laUrl.write({ phase }))}
        disabled={!dataset}
      />
      <SelectField
        label="Geographic level"
        value={choices.level}
        options={rankableLevels(dataset).map((level) => ({ value: level, label: LEVEL_LABELS[level] }))}
        onChange={(level) => setParams(laUrl.write({ regions: level === REGIONAL }))}
        disabled={rankableLevels(dataset).length < 2}
      />
      <SelectField
        label="Region"
        value={choices.regionCode}
        options={regionOptions(dataset)}
        onChange={(region) => setParams(laUrl.write({ region }))}
        disabled={!dataset || choices.level === REGIONAL}
      />
      <SelectField
        label="Latest period"
        value={choices.latest}
        options={[{ value: '', label: 'Latest with figures' }, ...periods]}
        onChange={(latest) => setParams(laUrl.write({ latest }))}
        disabled={!dataset}
      />
      <SelectField
        label="Baseline period"
        value={choices.baseline || NO_BASELINE}
        options={[{ value: NO_BASELINE, label: 'No baseline' }, ...periods]}
        onChange={(baseline) => setParams(laUrl.write({ baseline }))}
        disabled={!dataset}
      />
      <FilterFields
        filters={dataset?.filters ?? []}
        chosen={choices.filters}
        onChange={(column, value) => setParams(laUrl.write({ filters: { [column]: filterParam(value) } }))}
      />
    </div>
  );
}
