import { ANNUAL_INDICATORS } from './annual-indicators';
import { BANDS, FILTERS } from './characteristics';
import type { Table } from './csv-table';
import {
  cutMeta,
  filterMeta,
  indicatorMeta,
  metaTable,
  PA_PERC_META,
  PHASE_META,
  type CutMeta,
} from './meta-csv';

/** The annual file's rates are published to 2 decimal places (England severe absence 2.30%, 2.39%). */
export function annualMeta(): Table {
  return metaTable([
    PHASE_META,
    ...ANNUAL_INDICATORS.map((indicator) =>
      indicatorMeta(indicator.column, indicator.label, indicator.grouping, '%', 2),
    ),
  ]);
}

/** Band counts are whole enrolments. */
export function characteristicsMeta(): Table {
  return metaTable([
    PHASE_META,
    ...FILTERS.map((filter) =>
      filterMeta(filter.column, filter.label, `Filter by ${filter.label.toLowerCase()}`),
    ),
    ...BANDS.map((band) =>
      indicatorMeta(band.column, band.label, 'Enrolments by overall absence band', '', 0),
    ),
  ]);
}

/** Year-to-date and term files carry `pa_perc`, which DfE's weekly metadata lacks. */
export function attendanceMeta(weeklyMeta: Table, header: readonly string[]): CutMeta {
  return cutMeta(weeklyMeta, header, header.includes('pa_perc') ? [PA_PERC_META] : []);
}
