function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
}

/** Why the browser's storage refused a write, where its error says: full, or not allowed at all (null: neither). */
export function storageRefusal(error: unknown): 'full' | 'refused' | null {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') return 'refused';
  return null;
}

/**
 * Why an added file could not be kept for next time, in plain words. The file is still loaded; only keeping it
 * failed, so the message says what that means (add it again after a reload) and what would make room.
 */
export function storageProblem(fileName: string, error: unknown): string {
  const refusal = storageRefusal(error);
  const loadedNow = `${fileName} is loaded, but this browser could not keep a copy for next time`;
  if (refusal === 'full') {
    return `${loadedNow}: the space this browser gives the site is full. Remove added files you no longer need (or free disk space) and add it again; otherwise add it again after a reload.`;
  }
  if (refusal === 'refused') {
    return `${loadedNow}: it does not let this page store files (a private window, or site data turned off). Add the file again after a reload.`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `${loadedNow} (${detail}). Add the file again after a reload.`;
}
