import type { LoadedDataset } from '../catalogue';
import { engineMessage } from '../query-error';
import type { SqlEngine } from '../sql-engine';
import { isEngineFault } from './engine-fault';
import type { EngineInstance, StoreEngine } from './store-engine';

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
  instance: EngineInstance;
  /** What each recipe loaded, by dataset id. */
  reloaded: Map<string, LoadedDataset>;
  /** Recipes whose load broke the new engine too, so they were left out. */
  leftOut: Recipe[];
}

interface RebuildOptions {
  toLoad: readonly Recipe[];
  /** A new engine, watched for faults. */
  start: () => Promise<EngineInstance>;
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
    // The view over everything broke it: the last file in is the likeliest cause. With no file to blame, the new
    // engine is as broken as the old one, and the restart fails rather than adopting it.
    const last = toLoad.at(-1);
    if (isEngineFault(error) && last) return last;
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
    const instance = await options.start();
    const reloaded = new Map<string, LoadedDataset>();
    const culprit = await reloadAll(instance.engine, options, toLoad, reloaded);
    if (!culprit) return { instance, reloaded, leftOut };
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

/** After this many faults with no query answered between them, the store stops restarting and says so. */
const MOST_FAULTS_IN_A_ROW = 3;

/** The only changes to how many faults came in a row: a fault, or an answer (the engine works). */
export type RecoveryAction = { type: 'fault' } | { type: 'answered' };

export const faultsReducer = (faultsInARow: number, action: RecoveryAction): number =>
  action.type === 'fault' ? faultsInARow + 1 : 0;

/**
 * What a fault leads to, given the faults in a row so far (this one counted): a new engine with everything, one
 * without the user's files (the fault came again before anything answered), or none (nothing to restart with, or
 * faults keep coming).
 */
export function recoveryPlan(faultsInARow: number, canRestart: boolean): 'give-up' | 'all' | 'defaults-only' {
  if (!canRestart || faultsInARow > MOST_FAULTS_IN_A_ROW) return 'give-up';
  return faultsInARow > 1 ? 'defaults-only' : 'all';
}

export interface RecoveryDone {
  toLoad: readonly Recipe[];
  reloaded: Map<string, LoadedDataset>;
  /** User's files not tried on the new engine (faults in a row). */
  leftOut: readonly Recipe[];
  /** Recipes whose load broke the new engine too. */
  brokeAgain: readonly Recipe[];
}

interface EngineRecoveryOptions {
  engines: StoreEngine;
  restart: (() => Promise<SqlEngine>) | undefined;
  /** The datasets the broken engine held, in the order loaded. */
  liveIds: () => string[];
  refreshObservations: RebuildOptions['refreshObservations'];
  onProblem: RebuildOptions['onProblem'];
  /** The restart begins: nothing is in the engine any more. */
  onRestarting: () => void;
  onRestarted: (done: RecoveryDone) => void;
  /** No new engine: `notice` says so to the user. */
  onStopped: (notice: string) => void;
}

/**
 * A new engine after a fault, with every dataset loaded again in the order it was loaded. One recovery at a time;
 * loads and view queries wait for it (`ready`). After faults in a row with nothing answered between them, the
 * user's files are left out and then no new engine is started.
 */
export function createEngineRecovery(options: EngineRecoveryOptions) {
  const { engines, restart } = options;
  let faultsInARow = 0;
  let recovering: Promise<void> | null = null;
  /** How each loaded dataset was loaded, to load it again on a new engine. */
  const recipes = new Map<string, Recipe>();
  let running: Recipe | null = null;

  async function rebuild(fault: unknown): Promise<void> {
    engines.current().guard.fail(fault);
    faultsInARow = faultsReducer(faultsInARow, { type: 'fault' });
    const plan = recoveryPlan(faultsInARow, restart !== undefined);
    if (plan === 'give-up' || !restart) {
      options.onStopped(
        `The data engine stopped (${engineMessage(fault)}) and could not be restarted here. Reload the page; your added files are kept.`,
      );
      return;
    }
    const all = [
      ...options.liveIds().flatMap((id) => recipes.get(id) ?? []),
      // A default load the fault interrupted comes after those loaded before it.
      ...(running?.origin === 'default' && !recipes.has(running.id) ? [running] : []),
    ];
    const leftOut = plan === 'defaults-only' ? all.filter((r) => r.origin === 'user') : [];
    const toLoad = all.filter((r) => !leftOut.includes(r));
    options.onRestarting();
    const rebuilt = await rebuildEngine({
      toLoad,
      start: () => engines.fresh(restart),
      refreshObservations: options.refreshObservations,
      onProblem: options.onProblem,
    });
    engines.adopt(rebuilt.instance);
    recipes.clear();
    for (const recipe of toLoad) if (rebuilt.reloaded.has(recipe.id)) recipes.set(recipe.id, recipe);
    options.onRestarted({ toLoad, reloaded: rebuilt.reloaded, leftOut, brokeAgain: rebuilt.leftOut });
  }

  return {
    /** Resolves once no restart is in progress. */
    ready: (): Promise<void> => recovering ?? Promise.resolve(),
    /** The load in the engine now, if any: a default one a fault interrupts is loaded on the new engine. */
    running(recipe: Recipe | null): void {
      running = recipe;
    },
    loaded(recipe: Recipe): void {
      recipes.set(recipe.id, recipe);
    },
    forget(id: string): void {
      recipes.delete(id);
    },
    answered(): void {
      faultsInARow = faultsReducer(faultsInARow, { type: 'answered' });
    },
    recover(fault: unknown): Promise<void> {
      if (recovering) return recovering;
      let finished: () => void = () => undefined;
      // Set before the rebuild starts, so the fault it declares on the old engine does not start a second one.
      recovering = new Promise<void>((resolve) => {
        finished = resolve;
      });
      const done = recovering;
      void rebuild(fault)
        .catch((error: unknown) =>
          options.onStopped(
            `The data engine stopped and could not be started again (${engineMessage(error)}). Reload the page; your added files are kept.`,
          ),
        )
        .finally(() => {
          recovering = null;
          finished();
        });
      return done;
    },
  };
}
