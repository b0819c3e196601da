import { browserDatasets } from '../data/datasets/browser-datasets';
import { FilePicker } from '../ui/file-picker';

export interface MissingDatasetProps {
  id: string;
  /** Called with the new dataset's id once the file the user picks has loaded. */
  onAdded: (id: string) => void;
}

/**
 * A link to a file someone added in their own browser (`?ds=u1`): files are kept only in the browser that added
 * them, so say so, and offer to add the file here.
 */
export function MissingDataset({ id, onAdded }: MissingDatasetProps) {
  const add = async (files: File[]) => {
    const loaded = (await browserDatasets.addFiles(files)).find((dataset) => dataset !== null);
    if (loaded) onAdded(loaded.id);
  };
  return (
    <div className="missing-dataset" role="alert" data-testid="missing-dataset">
      <p>
        This link is to an added file (“{id}”) that is not in this browser. Files you add are kept only in the
        browser that added them, and this one may have been removed.
      </p>
      <p>If you have the file, add it here to chart it:</p>
      <FilePicker label="Add the file" onFiles={(files) => void add(files)} />
    </div>
  );
}
