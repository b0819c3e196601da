import { useState } from 'react';
import type { Dataset } from '../../data/catalogue';
import { SelectField } from '../../ui/select-field';
import './area-picker.css';
import { areaLevels, areaOptions, findArea, LARGE_LEVEL, parentOptions, parseAreaGeo } from './area-choice';

export interface AreaPickerProps {
  dataset: Dataset;
  geography: string;
  setGeography: (geo: string) => void;
}

/**
 * One area of any level: the level, then (for a level of hundreds of areas) the area it is in, then the area,
 * listed under its parent. Choosing writes `geo` to the URL; the chart shows the area beside the areas above it.
 */
export function AreaPicker({ dataset, geography, setGeography }: AreaPickerProps) {
  const chosen = findArea(dataset, parseAreaGeo(geography));
  const levels = areaLevels(dataset).filter((level) => level !== 'National');
  const [level, setLevel] = useState(chosen?.level ?? '');
  const [parent, setParent] = useState<string | null>(null);
  if (levels.length === 0) return null;
  const shownLevel = levels.includes(level) ? level : '';
  const large = shownLevel !== '' && dataset.areas.filter((a) => a.level === shownLevel).length > LARGE_LEVEL;
  const parents = large ? parentOptions(dataset, shownLevel) : [];
  const chosenParent = chosen?.level === shownLevel ? (chosen.parentCode ?? chosen.regionCode ?? '') : null;
  const shownParent = parent ?? chosenParent ?? parents[0]?.value ?? null;
  const areas = shownLevel ? areaOptions(dataset, shownLevel, large ? shownParent : null) : [];
  const value = chosen?.level === shownLevel && areas.some((o) => o.value === geography) ? geography : '';
  return (
    <fieldset className="area-picker">
      <legend>One area</legend>
      <SelectField
        label="Level"
        value={shownLevel}
        options={[{ value: '', label: 'Choose a level' }, ...levels.map((l) => ({ value: l, label: l }))]}
        onChange={(next) => {
          setLevel(next);
          setParent(null);
        }}
      />
      {large && (
        <SelectField
          label="In"
          value={shownParent ?? ''}
          options={parents}
          onChange={(next) => setParent(next)}
        />
      )}
      {shownLevel && (
        <SelectField
          label="Area"
          value={value}
          options={[{ value: '', label: `Choose one of ${areas.length}` }, ...areas]}
          onChange={(next) => next && setGeography(next)}
        />
      )}
    </fieldset>
  );
}
