import { cancelledLoad, LoadError } from '../load/load-error';
import { engineMessage } from '../query-error';
import { faultDetail } from './not-loaded-words';
import type { NotLoadedReason } from './stored-files';

export interface LoadProblem {
  key: string;
  fileName: string;
  message: string;
  line?: number;
  column?: string;
}

/** How a load that did not finish ended: a fault is told apart from the file's own problem and from a Cancel. */
export type NotLoaded =
  { kind: 'cancelled' } | { kind: 'failed'; error: unknown } | { kind: 'fault'; error: unknown };

/** What a failed load says: the file's line and column where the loader knew them. */
export function problemFrom(key: string, fileName: string, error: unknown): LoadProblem {
  if (error instanceof LoadError)
    return {
      key,
      fileName: error.fileName,
      message: error.message,
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.column !== undefined ? { column: error.column } : {}),
    };
  return { key, fileName, message: `${fileName}: ${engineMessage(error)} Try again, or reload the page.` };
}

/**
 * The problem to list for a load that did not finish (a default file, a file just added); null for a default
 * file's fault, which the new engine loads again.
 */
export function notLoadedProblem(
  load: { key: string; fileName: string; origin: 'default' | 'user' },
  outcome: NotLoaded,
): LoadProblem | null {
  if (outcome.kind === 'cancelled') return problemFrom(load.key, load.fileName, cancelledLoad(load.fileName));
  if (outcome.kind === 'failed') return problemFrom(load.key, load.fileName, outcome.error);
  if (load.origin === 'default') return null;
  return {
    key: load.key,
    fileName: load.fileName,
    message: `${load.fileName}: the data engine stopped while loading this file. ${engineMessage(outcome.error)} It was restarted with your other data; this file was not loaded. If that happens again, it may be too large or too wide for this browser: filter it on Explore Education Statistics first.`,
  };
}

/** Why a kept file is not loaded this time, as its entry in the kept files' list says it. */
export function notLoadedReason(
  load: { key: string; fileName: string },
  outcome: NotLoaded,
): NotLoadedReason {
  if (outcome.kind === 'fault') return { kind: 'fault', detail: faultDetail(outcome.error) };
  if (outcome.kind === 'cancelled') return { kind: 'cancelled' };
  return { kind: 'problem', detail: problemFrom(load.key, load.fileName, outcome.error).message };
}

/** The only changes to the problem list. */
export type ProblemAction =
  | { type: 'found'; problem: LoadProblem }
  | { type: 'dismissed'; key: string }
  /** A file is loaded again: what its last load said no longer holds. */
  | { type: 'retried'; fileName: string };

export function problemsReducer(problems: readonly LoadProblem[], action: ProblemAction): LoadProblem[] {
  switch (action.type) {
    case 'found':
      return [...problems, action.problem];
    case 'dismissed':
      return problems.filter((p) => p.key !== action.key);
    case 'retried':
      return problems.filter((p) => p.fileName !== action.fileName);
  }
}
