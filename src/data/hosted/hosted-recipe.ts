import type { LoadedDataset } from '../catalogue';
import { FILE_FOLDER } from '../engine-lockdown';
import type { SqlEngine } from '../sql-engine';
import { attachHosted, type OpenPartition } from './attach-hosted';
import { checkManifest, hostedSetName, parseManifest } from './check-manifest';
import { hostedFileName } from './hosted-availability';
import type { HostedManifest } from './hosted-manifest';

/** A partition is a file in its set's folder, never a path elsewhere. */
const PARTITION_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.duckdb$/;

/** Where a set's manifest lies: always on the page's own origin, which the page's policy also enforces. */
export const manifestUrl = (name: string, base: string): URL => new URL(`hosted/${name}/manifest.json`, base);

/** Each partition registered by its URL, so the engine reads it by HTTP range requests and never whole. */
export function openByUrl(engine: SqlEngine, name: string, manifestAt: URL): OpenPartition {
  return async (partition) => {
    if (!engine.registerFileUrl) throw new Error('This engine cannot read files by URL.');
    if (!PARTITION_FILE.test(partition.file))
      throw new Error(`The hosted set lists ${partition.file}, which is not a .duckdb file in its folder.`);
    const registered = `${FILE_FOLDER}hosted/${name}/${partition.file}`;
    await engine.registerFileUrl(registered, new URL(partition.file, manifestAt).href);
    return registered;
  };
}

export async function fetchManifest(at: URL, name: string): Promise<HostedManifest> {
  const response = await fetch(at);
  if (!response.ok)
    throw new Error(
      `Could not fetch hosted/${name}/manifest.json (${at.pathname}): HTTP ${response.status}. ` +
        `Check that the set's folder is served at hosted/${name}/ beside the app.`,
    );
  return checkManifest(parseManifest(await response.text(), name), name);
}

/**
 * How the store loads a hosted set, and loads it again into a new engine after a fault: the manifest (fetched
 * once), then every partition attached by URL. Shaped as the store's recipes are.
 */
export function hostedRecipe(name: string, base: string) {
  const at = manifestUrl(name, base);
  let manifest: Promise<HostedManifest> | undefined;
  return {
    id: name,
    key: `hosted:${name}`,
    fileName: hostedFileName(name),
    bytes: 0,
    origin: 'default' as const,
    run: async (engine: SqlEngine, signal?: AbortSignal): Promise<LoadedDataset> => {
      manifest ??= fetchManifest(at, name);
      const fetched = await manifest.catch((error: unknown) => {
        manifest = undefined;
        throw error;
      });
      return attachHosted(engine, fetched, openByUrl(engine, name, at), signal);
    },
  };
}

export type HostedRecipe = ReturnType<typeof hostedRecipe>;

/**
 * Opens the hosted set a link names (`?hosted=scale`) once per page while it loads or is loaded: nothing is fetched without one, so a site that
 * hosts no set sees no request for it, and a name that is not a set's folder name is ignored.
 */
export function hostedOpener(
  load: (recipe: HostedRecipe) => Promise<unknown>,
  base: () => string,
): (param: string | undefined) => void {
  const opened = new Set<string>();
  return (param) => {
    const name = hostedSetName(param);
    if (!name || opened.has(name)) return;
    opened.add(name);
    // A set not loaded (cancelled, failed: the store resolves null) can be opened again by its link.
    const forget = () => void opened.delete(name);
    void load(hostedRecipe(name, base())).then((loaded) => {
      if (loaded === null || loaded === undefined) forget();
    }, forget);
  };
}
