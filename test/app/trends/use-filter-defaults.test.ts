import { describe, expect, test } from 'vitest';
import { filterDefaults, urlChoices } from '../../../src/app/trends/use-filter-defaults';
import type { Dataset } from '../../../src/data/catalogue';
import type { Combination } from '../../../src/data/ees/filter-defaults';

const COLUMNS = ['sex', 'school_type'];
const dataset = {
  filters: [
    { column: 'sex', label: 'Sex', values: ['', 'Boys', 'Girls', 'Total'], truncated: false },
    { column: 'school_type', label: 'School type', values: ['Academy', 'Total'], truncated: false },
  ],
} as Pick<Dataset, 'filters'> as Dataset;

const combinations: Combination[] = [
  { sex: 'Total', school_type: 'Total' },
  { sex: 'Boys', school_type: 'Total' },
  { sex: 'Girls', school_type: 'Academy' },
  { sex: '', school_type: 'Academy' },
];
const none = new Set<Combination>();

describe('filter choices read from the URL', () => {
  test.each([
    ['a value the file has', { 'f.sex': 'Girls' }, { sex: 'Girls' }],
    ['the blank value, written (blank)', { 'f.sex': '(blank)' }, { sex: '' }],
    ['a value the file lacks is dropped, not sent to SQL', { 'f.sex': "Total' OR 1=1" }, {}],
    ['parameters of no filter are ignored', { sex: 'Boys', 'f.region': 'x' }, {}],
  ])('%s', (_name, params, chosen) => {
    expect(urlChoices(dataset, params)).toEqual(chosen);
  });
});

describe('the choices a chart starts from', () => {
  test('until the combinations are read, the fallback', () => {
    expect(filterDefaults(COLUMNS, undefined, undefined, { sex: 'Boys' }, { sex: 'Total' })).toEqual({
      filters: { sex: 'Total' },
      empty: null,
      passedOver: null,
    });
  });

  test('what the URL names is kept; the rest starts where figures exist with it', () => {
    expect(filterDefaults(COLUMNS, combinations, none, { sex: 'Girls' }, {})).toEqual({
      filters: { sex: 'Girls', school_type: 'Academy' },
      empty: null,
      passedOver: null,
    });
  });

  test('choices that find no rows are kept and explained, with the nearest that do', () => {
    const { filters, empty } = filterDefaults(
      COLUMNS,
      combinations,
      none,
      { sex: 'Boys', school_type: 'Academy' },
      {},
    );
    expect(filters).toEqual({ sex: 'Boys', school_type: 'Academy' });
    expect(empty?.nearest).toBeDefined();
    expect(empty?.culprits.length).toBeGreaterThan(0);
  });

  test('totals that repeat rows are passed over, and the chart says what they would have been', () => {
    const repeated = new Set([combinations[0] as Combination]);
    const { filters, passedOver } = filterDefaults(COLUMNS, combinations, repeated, {}, {});
    expect(filters).not.toEqual({ sex: 'Total', school_type: 'Total' });
    expect(passedOver).toEqual({ sex: 'Total', school_type: 'Total' });
  });
});
