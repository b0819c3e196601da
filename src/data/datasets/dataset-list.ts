import type { Dataset, LoadedDataset } from '../catalogue';

/** The datasets the page lists, and the revision of that list (bumped whenever the loaded tables change). */
export interface DatasetList {
  datasets: Dataset[];
  version: number;
}

/** The only changes to the list. */
export type DatasetAction =
  /** Loaded, as the list's next revision: in the place of the first view's prebuilt description, or last. */
  | { type: 'loaded'; dataset: LoadedDataset }
  /** The engine broke: nothing is in it until it is restarted. */
  | { type: 'restarting' }
  /**
   * Loaded again on a new engine: each in its place, the prebuilt description kept until its dataset loads, those
   * not loaded again gone; a default load the fault interrupted comes last.
   */
  | { type: 'recovered'; reloaded: ReadonlyMap<string, LoadedDataset>; prebuilt: Dataset | null }
  | { type: 'removed'; id: string };

export function datasetsReducer(list: DatasetList, action: DatasetAction): DatasetList {
  const version = list.version + 1;
  const live = (d: LoadedDataset): Dataset => ({ ...d, revision: version, live: true });
  switch (action.type) {
    case 'loaded': {
      const dataset = live(action.dataset);
      const placed = list.datasets.some((d) => d.id === dataset.id);
      return {
        version,
        datasets: placed
          ? list.datasets.map((d) => (d.id === dataset.id ? dataset : d))
          : [...list.datasets, dataset],
      };
    }
    case 'restarting':
      return { ...list, datasets: list.datasets.map((d) => (d.live ? { ...d, live: false } : d)) };
    case 'recovered': {
      const { reloaded, prebuilt } = action;
      const datasets = list.datasets.flatMap((d) => {
        const back = reloaded.get(d.id);
        return back ? [live(back)] : d === prebuilt ? [d] : [];
      });
      const interrupted = [...reloaded.values()].filter(
        (back) => !list.datasets.some((d) => d.id === back.id),
      );
      return { version, datasets: [...datasets, ...interrupted.map(live)] };
    }
    case 'removed':
      return { version, datasets: list.datasets.filter((d) => d.id !== action.id) };
  }
}
