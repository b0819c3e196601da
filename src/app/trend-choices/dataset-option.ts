import type { SelectOption } from '../../ui/select-field';

/** What a Dataset select needs to know of one dataset. */
export interface OfferedDataset {
  id: string;
  title: string;
  origin: 'default' | 'user';
  loaded: boolean;
}

/**
 * One dataset in a view's Dataset select: the default data and the user's own files in groups of their own, and a
 * default not loaded yet marked as one that loads when chosen (so a pause after choosing it is expected).
 */
export function datasetOption(dataset: OfferedDataset): SelectOption {
  return {
    value: dataset.id,
    label: dataset.loaded ? dataset.title : `${dataset.title} (loads when chosen)`,
    group: dataset.origin === 'default' ? 'Default data' : 'Your files',
  };
}
