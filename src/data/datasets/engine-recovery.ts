import type { LoadedDataset } from '../catalogue';
import type { SqlEngine } from '../sql-engine';
import { isEngineFault } from './engine-fault';
import type { GuardedEngine } from './engine-guard';

/** How to load one dataset, kept while it is loaded so that a new engine can be given it again. */
export interface Recipe {
  id: string;
  key: string;
  fileName: string;
  bytes: number;
  origin: 'default' | 'user';
  run: (
    engine: SqlEngine,
    signal: AbortSignal,
    onProgress?: (bytesRead: number) => void,
  ) => Promise<LoadedDataset>;
}

export interface Rebuilt {
  guarded: GuardedEngine;
  /** What each recipe loaded, by dataset id. */
  reloaded: Map<string, LoadedDataset>;
  /** Recipes whose load broke the new engine too, so they were left out. */
  leftOut: Recipe[];
}

interface RebuildOptions {
  toLoad: readonly Recipe[];
  /** A new engine, watched for faults. */
  start: () => Promise<GuardedEngine>;
  refreshObservations: (engine: SqlEngine, datasets: readonly LoadedDataset[]) => Promise<void>;
  /** A recipe that failed for a reason of its own (not a fault): it is skipped. */
  onProblem: (recipe: Recipe, error: unknown) => void;
}

/** Loads every recipe on a new engine; answers the one that broke it, if one did. */
async function reloadAll(
  engine: SqlEngine,
  options: RebuildOptions,
  toLoad: readonly Recipe[],
  reloaded: Map<string, LoadedDataset>,
): Promise<Recipe | null> {
  for (const recipe of toLoad) {
    try {
      reloaded.set(recipe.id, await recipe.run(engine, new AbortController().signal));
    } catch (error) {
      if (isEngineFault(error)) return recipe;
      options.onProblem(recipe, error);
    }
  }
  try {
    await options.refreshObservations(engine, [...reloaded.values()]);
  } catch (error) {
    // The view over everything broke it: the last file in is the likeliest cause.
    if (isEngineFault(error)) return toLoad.at(-1) ?? null;
    throw error;
  }
  return null;
}

/**
 * Starts a new engine and loads every recipe into it in order, then `observations` over them. A recipe whose load
 * breaks the new engine as well is left out and the whole started again without it, so that one bad file cannot
 * keep the others from coming back; at most one new engine per recipe.
 */
export async function rebuildEngine(options: RebuildOptions): Promise<Rebuilt> {
  let toLoad = [...options.toLoad];
  const leftOut: Recipe[] = [];
  for (;;) {
    const guarded = await options.start();
    const reloaded = new Map<string, LoadedDataset>();
    const culprit = await reloadAll(guarded.engine, options, toLoad, reloaded);
    if (!culprit) return { guarded, reloaded, leftOut };
    toLoad = toLoad.filter((r) => r !== culprit);
    leftOut.push(culprit);
  }
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The one line that tells the user what happened. */
export function recoveryNotice(userFilesBack: number, leftOut: readonly string[]): string {
  const loadedAgain = userFilesBack
    ? `your ${plural(userFilesBack, 'file was', 'files were')} loaded again`
    : 'the data were loaded again';
  const missed = leftOut.length
    ? ` Left out, as the engine stopped again with them: ${leftOut.join(', ')}.`
    : '';
  return `The data engine stopped and was restarted; ${loadedAgain}.${missed}`;
}
