import { describe, expect, test } from 'vitest';
import { BLANK_PARAM, chosenFilterValue, filterParam } from '../../src/app/filter-param';
import { parseParams, serialiseParams } from '../../src/app/url-state';

const sex = { column: 'sex', label: 'sex', values: ['', 'Boys', 'Girls', 'Total'], truncated: false };

describe('filter values in the URL', () => {
  test('the blank value survives a round trip through the URL', () => {
    const search = serialiseParams({ 'f.sex': filterParam('') });
    expect(search).toBe(`?f.sex=%28blank%29`);
    expect(chosenFilterValue(sex, parseParams(search)['f.sex'])).toBe('');
  });

  test('other values are written as they are', () => {
    expect(
      chosenFilterValue(sex, parseParams(serialiseParams({ 'f.sex': filterParam('Girls') }))['f.sex']),
    ).toBe('Girls');
  });

  test('a value the file does not have falls back to Total, else the first value', () => {
    expect(chosenFilterValue(sex, 'Unknown')).toBe('Total');
    expect(chosenFilterValue(sex, undefined)).toBe('Total');
    expect(chosenFilterValue({ ...sex, values: ['A', 'B'] }, BLANK_PARAM)).toBe('A');
  });

  test('a real value spelt "(blank)" is that value', () => {
    expect(chosenFilterValue({ ...sex, values: ['', BLANK_PARAM] }, BLANK_PARAM)).toBe(BLANK_PARAM);
  });
});

test.each([
  [['Boys', 'All pupils', 'Girls'], 'All pupils'],
  [['10', '9', '11'], '9'],
  [['', 'B', 'A'], 'A'],
])('without Total, %j starts at %s', (values, value) => {
  expect(chosenFilterValue({ column: 'f', label: 'f', values, truncated: false }, undefined)).toBe(value);
});
