import { expect, test } from 'vitest';
import { datasetOption } from '../../../src/app/trend-choices/dataset-option';

test.each([
  {
    case: 'a default dataset already loaded',
    dataset: { id: 'annual_absence', title: 'Annual absence', origin: 'default', loaded: true },
    option: { value: 'annual_absence', label: 'Annual absence', group: 'Default data' },
  },
  {
    case: 'a default dataset that loads when chosen',
    dataset: { id: 'daily', title: 'Daily attendance', origin: 'default', loaded: false },
    option: { value: 'daily', label: 'Daily attendance (loads when chosen)', group: 'Default data' },
  },
  {
    case: 'a file the user added',
    dataset: { id: 'u1', title: 'my-file.csv', origin: 'user', loaded: true },
    option: { value: 'u1', label: 'my-file.csv', group: 'Your files' },
  },
] as const)('$case', ({ dataset, option }) => {
  expect(datasetOption(dataset)).toEqual(option);
});
