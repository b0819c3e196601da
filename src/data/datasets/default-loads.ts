import type { Dataset } from '../catalogue';
import type { Manifest } from '../default-data';
import { defaultRecipe } from './default-recipe';
import type { Recipe } from './engine-recovery';

interface DefaultLoadsOptions {
  manifest: Manifest;
  fetchFile: (file: string) => Promise<Uint8Array>;
  /** The dataset as the engine holds it now, if it does. */
  live: (id: string) => Dataset | undefined;
  /** Loads a recipe in the queue: the dataset, or null (the problem is said). */
  load: (recipe: Recipe) => Promise<Dataset | null>;
  /** A default file's content, known so that the same file added by hand is recognised. */
  claim: (id: string, fingerprint: string, title: string) => void;
}

/** The default datasets, each loaded once when first asked for; a failed load may be asked for again. */
export function createDefaultLoads({ manifest, fetchFile, live, load, claim }: DefaultLoadsOptions) {
  /** Loads asked for and not failed, so a second request waits for the same load. */
  const requested = new Map<string, Promise<Dataset | null>>();

  function request(id: string): Promise<Dataset | null> {
    const entry = manifest.datasets.find((d) => d.id === id);
    const loaded = live(id);
    if (loaded) return Promise.resolve(loaded);
    if (!entry) return Promise.resolve(null);
    const pending = requested.get(id);
    if (pending) return pending;
    const recipe = defaultRecipe(entry, fetchFile, (fingerprint) => claim(id, fingerprint, entry.title));
    const loading = load(recipe).then((dataset) => {
      if (!dataset) requested.delete(id);
      return dataset;
    });
    requested.set(id, loading);
    return loading;
  }

  /** Every default file loaded at start-up, in start-up order: the first view's file first. */
  function requestStartup(): Promise<(Dataset | null)[]> {
    const startup = (['first', 'background'] as const).flatMap((when) =>
      manifest.datasets.filter((d) => d.load === when),
    );
    return Promise.all(startup.map((entry) => request(entry.id)));
  }

  return {
    request,
    requestStartup,
    /** The first view's files, loaded first at start-up. */
    requestFirst: () =>
      Promise.all(manifest.datasets.filter((d) => d.load === 'first').map((d) => request(d.id))),
    /** A removed dataset is loaded afresh when next asked for. */
    forget: (id: string) => void requested.delete(id),
  };
}
