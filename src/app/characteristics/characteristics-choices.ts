import type { Dataset } from '../../data/catalogue';
import type { DefaultDatasetEntry } from '../../data/default-data';
import { ENGLAND, REGIONS } from '../../data/ees/geography';
import {
  findAbsenceBands,
  type AbsenceBands,
  type CharacteristicsRequest,
} from '../../queries/characteristics-query-options';
import type { SelectOption } from '../../ui/select-field';
import type { UrlParams } from '../url-state';
import { characteristicsUrl } from '../url/characteristics-url';

export const DEFAULT_DATASET = 'severe_absence_characteristics';
const ALL_PHASES = 'all';
const TOTAL = 'Total';

/** A pupil characteristic and the column names DfE's files give it (EES form first, dashboard form after). */
export interface Characteristic {
  id: string;
  label: string;
  /** Completes "Severe absence by …". */
  phrase: string;
  columns: readonly string[];
  groupName: (value: string) => string;
}

const FSM: Characteristic = {
  id: 'fsm',
  label: 'Free school meals',
  phrase: 'free school meal eligibility',
  columns: ['fsm_eligible'],
  groupName: (v) => (v === 'Eligible' ? 'FSM eligible' : v === 'Not Eligible' ? 'Not FSM eligible' : v),
};

export const CHARACTERISTICS: readonly Characteristic[] = [
  FSM,
  {
    id: 'sen',
    label: 'SEN',
    phrase: 'special educational needs',
    columns: ['sen_status'],
    groupName: (v) => v,
  },
  { id: 'sex', label: 'Sex', phrase: 'sex', columns: ['sex', 'gender'], groupName: (v) => v },
  {
    id: 'year',
    label: 'Year group',
    phrase: 'year group',
    columns: ['nc_year', 'NCyearActual'],
    groupName: (v) => (/^\d+$/.test(v) ? `Year ${v}` : v),
  },
];

/** One place to choose: England, a region, or a region DfE publishes in parts (London as Inner + Outer). */
export interface AreaChoice {
  value: string;
  label: string;
  level: string;
  codes: string[];
}

export interface DatasetChoice {
  id: string;
  title: string;
  origin: 'default' | 'user';
  loaded: boolean;
}

export interface CharacteristicsChoices {
  datasetId: string;
  dataset: Dataset | undefined;
  bands: AbsenceBands | null;
  characteristic: Characteristic;
  /** The chosen characteristic's column in this dataset. */
  column: string | null;
  available: readonly Characteristic[];
  area: AreaChoice;
  areas: readonly AreaChoice[];
  phase: string;
  phases: readonly SelectOption[];
  period: string;
}

const columnOf = (dataset: Dataset | undefined, characteristic: Characteristic): string | null =>
  characteristic.columns.find((name) => dataset?.filters.some((f) => f.column === name)) ?? null;

/** The default dataset (loaded or not) and every loaded dataset with band columns and a characteristic. */
export function datasetChoices(
  datasets: readonly Dataset[],
  defaults: readonly DefaultDatasetEntry[],
): DatasetChoice[] {
  const usable = datasets.filter(
    (d) =>
      findAbsenceBands(d.indicators.map((i) => i.column)) !== null &&
      CHARACTERISTICS.some((c) => columnOf(d, c) !== null),
  );
  const choices: DatasetChoice[] = usable.map((d) => ({
    id: d.id,
    title: d.title,
    origin: d.origin,
    loaded: true,
  }));
  const entry = defaults.find((d) => d.id === DEFAULT_DATASET);
  if (entry && !usable.some((d) => d.id === entry.id))
    choices.unshift({ id: entry.id, title: entry.title, origin: 'default', loaded: false });
  return choices;
}

const ENGLAND_CHOICE: AreaChoice = {
  value: ENGLAND.code,
  label: ENGLAND.name,
  level: 'National',
  codes: [ENGLAND.code],
};
const INNER_OUTER_LONDON = ['E13000001', 'E13000002'];

export function areaChoices(dataset: Dataset | undefined): AreaChoice[] {
  const regional = (dataset?.areas ?? []).filter((a) => a.level === 'Regional');
  const has = (code: string) => regional.some((a) => a.code === code);
  const choices = [ENGLAND_CHOICE];
  for (const region of REGIONS) {
    if (has(region.code))
      choices.push({ value: region.code, label: region.name, level: 'Regional', codes: [region.code] });
    else if (region.code === 'E12000007' && INNER_OUTER_LONDON.every(has))
      choices.push({
        value: region.code,
        label: 'London (Inner and Outer London)',
        level: 'Regional',
        codes: INNER_OUTER_LONDON,
      });
  }
  for (const area of regional)
    if (!choices.some((c) => c.value === area.code))
      choices.push({ value: area.code, label: area.name, level: 'Regional', codes: [area.code] });
  return choices;
}

/** With a Total phase row, all phases is that row; without one (DfE's bands), it is every phase summed. */
function phaseOptions(dataset: Dataset | undefined): SelectOption[] {
  const phases = dataset?.phases ?? [];
  return [
    { value: ALL_PHASES, label: 'All phases' },
    ...phases.filter((p) => p !== TOTAL).map((p) => ({ value: p, label: p })),
  ];
}

export function readChoices(params: UrlParams, datasets: readonly Dataset[]): CharacteristicsChoices {
  const url = characteristicsUrl.parse(params);
  const datasetId = url.dataset ?? DEFAULT_DATASET;
  const dataset = datasets.find((d) => d.id === datasetId);
  const bands = dataset ? findAbsenceBands(dataset.indicators.map((i) => i.column)) : null;
  const available = dataset ? CHARACTERISTICS.filter((c) => columnOf(dataset, c) !== null) : CHARACTERISTICS;
  const characteristic = available.find((c) => c.id === url.by) ?? available[0] ?? FSM;
  const areas = areaChoices(dataset);
  const phases = phaseOptions(dataset);
  const period = url.year ?? '';
  const phase = url.phase ?? '';
  return {
    datasetId,
    dataset,
    bands,
    characteristic,
    column: columnOf(dataset, characteristic),
    available,
    area: areas.find((a) => a.value === url.area) ?? ENGLAND_CHOICE,
    areas,
    phase: phases.some((p) => p.value === phase) ? phase : ALL_PHASES,
    phases,
    period: dataset?.periods.some((p) => p.label === period) ? period : '',
  };
}

export function phaseLabel(choices: CharacteristicsChoices): string {
  return choices.phase === ALL_PHASES ? 'all phases' : choices.phase.toLowerCase();
}

export function toRequest(choices: CharacteristicsChoices): CharacteristicsRequest | null {
  const { dataset, bands, column } = choices;
  if (!dataset || !bands || !column) return null;
  const phases =
    choices.phase !== ALL_PHASES
      ? [choices.phase]
      : dataset.phases.includes(TOTAL)
        ? [TOTAL]
        : dataset.phases;
  // Files with EES Total rows: other breakdowns are pinned to Total and the chosen one's Total left out, so each
  // pupil is counted once. DfE's band file has no Total rows: every row is summed (data/README.md).
  const filters: Record<string, string> = {};
  for (const filter of dataset.filters)
    if (filter.column !== column && filter.values.includes(TOTAL)) filters[filter.column] = TOTAL;
  const own = dataset.filters.find((f) => f.column === column);
  return {
    view: dataset.view,
    bands,
    characteristic: column,
    level: choices.area.level,
    areaCodes: choices.area.codes,
    phases,
    filters,
    excludeGroups: own?.values.includes(TOTAL) ? [TOTAL] : [],
    period: choices.period || null,
  };
}
