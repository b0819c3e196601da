import { useMemo } from 'react';
import { useDatasets } from '../../queries/use-datasets';
import { buildAreaDirectory, type AreaDirectory } from './area-directory';

/** Rebuilt only when the set of loaded datasets changes. */
export function useAreaDirectory(): AreaDirectory {
  const { datasets } = useDatasets();
  return useMemo(() => buildAreaDirectory(datasets), [datasets]);
}
