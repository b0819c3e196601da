import { useMemo, useState } from 'react';
import type { Dataset } from '../../data/catalogue';
import { SelectField } from '../../ui/select-field';
import './area-picker.css';
import { AreaCombobox } from './area-combobox';
import { areaLevels, areaOptions, findArea, parseAreaGeo } from './area-choice';

export interface AreaPickerProps {
  dataset: Dataset;
  geography: string;
  setGeography: (geo: string) => void;
}

/**
 * One area of any level: the level, then the area, found by typing part of its name, its code or the name of the
 * area it is in, and listed under its parent. Choosing writes `geo` to the URL; the chart shows the area beside
 * the areas above it.
 */
export function AreaPicker({ dataset, geography, setGeography }: AreaPickerProps) {
  const chosen = findArea(dataset, parseAreaGeo(geography));
  const levels = areaLevels(dataset).filter((level) => level !== 'National');
  const [level, setLevel] = useState(chosen?.level ?? '');
  const shownLevel = levels.includes(level) ? level : '';
  const areas = useMemo(() => (shownLevel ? areaOptions(dataset, shownLevel) : []), [dataset, shownLevel]);
  if (levels.length === 0) return null;
  const value = chosen?.level === shownLevel ? geography : '';
  return (
    <fieldset className="area-picker">
      <legend>One area</legend>
      <SelectField
        label="Level"
        value={shownLevel}
        options={[{ value: '', label: 'Choose a level' }, ...levels.map((l) => ({ value: l, label: l }))]}
        onChange={setLevel}
      />
      {shownLevel && (
        <AreaCombobox key={shownLevel} label="Area" options={areas} value={value} onChoose={setGeography} />
      )}
    </fieldset>
  );
}
