import type { DefaultDatasetEntry } from '../default-data';
import type { DefaultDescription } from '../default-description';
import { attachDefault } from '../load/attach-default';
import { LoadError } from '../load/load-error';
import type { Recipe } from './engine-recovery';

type Fetched = [Uint8Array, DefaultDescription];

/** A default dataset's typed file and description, fetched together from the app's own origin. */
async function fetchTyped(entry: DefaultDatasetEntry, fetchFile: (file: string) => Promise<Uint8Array>) {
  const [typed, description] = await Promise.all([
    fetchFile(entry.typedFile),
    fetchFile(entry.descriptionFile),
  ]);
  return [typed, JSON.parse(new TextDecoder().decode(description)) as DefaultDescription] satisfies Fetched;
}

/**
 * How to load a default dataset: its files are fetched at once, while earlier loads and the engine's start run,
 * and taken once (the engine is given the bytes); a second run (on a new engine) fetches them again. `described`
 * hears the build's description of its content once, so that the same file added by hand is recognised.
 */
export function defaultRecipe(
  entry: DefaultDatasetEntry,
  fetchFile: (file: string) => Promise<Uint8Array>,
  described: (fingerprint: string) => void,
): Recipe {
  let early: Promise<Fetched> | null = fetchTyped(entry, fetchFile);
  // Its content is the same on every engine: claimed on the first run, not again after a restart.
  let claimed = false;
  early.catch(() => undefined);
  return {
    id: entry.id,
    key: `default:${entry.id}`,
    fileName: entry.file,
    bytes: entry.bytes,
    origin: 'default',
    run: async (engine) => {
      const fetching = early ?? fetchTyped(entry, fetchFile);
      early = null;
      const [typed, description] = await fetching;
      if (description.dataset.id !== entry.id)
        throw new LoadError(
          entry.file,
          `${entry.descriptionFile} describes ${description.dataset.id}, not ${entry.id}.`,
          'Run npm run data:build.',
        );
      if (!claimed) described(description.fingerprint);
      claimed = true;
      return attachDefault(engine, { dataset: description.dataset, typed });
    },
  };
}
