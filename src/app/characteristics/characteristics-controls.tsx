import { SelectField } from '../../ui/select-field';
import { datasetOption } from '../trend-choices/dataset-option';
import { characteristicsUrl as chUrl } from '../url/characteristics-url';
import type { CharacteristicsChoices, DatasetChoice } from './characteristics-choices';

export interface CharacteristicsControlsProps {
  choices: CharacteristicsChoices;
  all: readonly DatasetChoice[];
  setParams: (change: Record<string, string | null>) => void;
}

/** The view's choices; each writes to the URL under `ch.`, which is the only state. */
export function CharacteristicsControls({ choices, all, setParams }: CharacteristicsControlsProps) {
  const { dataset } = choices;
  return (
    <div className="controls" role="group" aria-label="Chart choices">
      {all.length > 1 && (
        <SelectField
          label="Dataset"
          value={choices.datasetId}
          options={all.map(datasetOption)}
          onChange={(ds) =>
            setParams(chUrl.write({ dataset: ds, area: undefined, phase: undefined, year: undefined }))
          }
        />
      )}
      <SelectField
        label="Characteristic"
        value={choices.characteristic.id}
        options={choices.available.map((c) => ({ value: c.id, label: c.label }))}
        onChange={(by) => setParams(chUrl.write({ by }))}
        disabled={!dataset}
      />
      <SelectField
        label="Area"
        value={choices.area.value}
        options={choices.areas.map((a) => ({ value: a.value, label: a.label }))}
        onChange={(area) => setParams(chUrl.write({ area }))}
        disabled={!dataset}
      />
      <SelectField
        label="Phase"
        value={choices.phase}
        options={choices.phases}
        onChange={(phase) => setParams(chUrl.write({ phase }))}
        disabled={!dataset}
      />
      <SelectField
        label="Year"
        value={choices.period}
        options={[
          { value: '', label: 'All years' },
          ...(dataset?.periods ?? []).map((p) => ({ value: p.label, label: p.label })),
        ]}
        onChange={(year) => setParams(chUrl.write({ year }))}
        disabled={!dataset}
      />
    </div>
  );
}
