import { storageRefusal } from './storage-problem';

/**
 * Why the typed form of an added file could not be kept, in plain words. The file is loaded and its original is
 * kept: only the quick restore is lost, so the next visit reads the file again from the original, which is slower.
 */
export function typedFormProblem(fileName: string, error: unknown): string {
  const refusal = storageRefusal(error);
  const start = `${fileName} is loaded and kept, but this browser could not also keep it ready to open quickly`;
  const after = 'On the next visit it is read again from the kept file, which takes longer.';
  if (refusal === 'full')
    return `${start}: the space this browser gives the site is full. ${after} Remove added files you no longer need (or free disk space) to make room.`;
  if (refusal === 'refused')
    return `${start}: the browser refused to store it (a private window, or site data turned off). ${after}`;
  const detail = error instanceof Error ? error.message : String(error);
  return `${start} (${detail}). ${after}`;
}

/** A kept file whose typed form could not be used, so it was read again from its original bytes. */
export const typedFormReRead = (fileName: string, reason: string): string =>
  `${fileName} was read again from the kept file, because ${reason}. This took longer than usual; it is kept ready to open quickly for next time.`;
