import type { SavedFiles } from '../persist/saved-files';
import { distinctTitles } from './distinct-titles';
import { fileFingerprint } from './file-fingerprint';

/** A user's file ready to load: its kept id, a title no other dataset has, and its content's fingerprint. */
export interface PreparedFile {
  file: File;
  id: string;
  title: string;
  fingerprint: string;
}

export interface Duplicate {
  fileName: string;
  message: string;
}

/**
 * What the store knows of the content of every dataset loaded or loading, so the same file is never loaded twice,
 * and of every title, so two files never share one.
 */
export function createUserFiles(savedFiles: SavedFiles | null) {
  const contentById = new Map<string, { fingerprint: string; title: string }>();
  let localIds = 0;
  let provisionalKeys = 0;

  const loadedAs = (fingerprint: string): string | null =>
    [...contentById.values()].find((content) => content.fingerprint === fingerprint)?.title ?? null;

  /**
   * The title of a file of this content kept by another tab: this tab's own kept files are in `contentById`. Where
   * storage cannot be read, nothing is kept that could be doubled.
   */
  async function keptInAnotherTab(fingerprint: string): Promise<string | null> {
    const kept = await savedFiles?.findByFingerprint(fingerprint).catch(() => null);
    return kept && !contentById.has(kept.id) ? kept.title : null;
  }

  /** Ids from the counter kept in the browser; where storage is refused, ids for this visit only. */
  async function newIds(count: number): Promise<string[]> {
    // `ux…` where the kept counter could not be read: never one of its ids, so a link never opens another file.
    const fresh = () => `u${savedFiles ? 'x' : ''}${++localIds}`;
    if (!savedFiles) return Array.from({ length: count }, fresh);
    return savedFiles.reserveIds(count).catch(() => Array.from({ length: count }, fresh));
  }

  return {
    claim(id: string, fingerprint: string, title: string): void {
      contentById.set(id, { fingerprint, title });
    },
    release(id: string): void {
      contentById.delete(id);
    },

    /**
     * Sorts added files into new ones (each claimed at once, so a second drop of the same file while the first
     * still loads is caught too) and duplicates of content already loaded, with a message naming the dataset.
     */
    async prepare(
      files: readonly File[],
      titlesInUse: readonly string[],
    ): Promise<{ fresh: PreparedFile[]; duplicates: Duplicate[] }> {
      const prints = await Promise.all(files.map((file) => fileFingerprint(file)));
      const keptByOthers = await Promise.all(prints.map(keptInAnotherTab));
      const duplicates: Duplicate[] = [];
      const unique: { file: File; fingerprint: string }[] = [];
      files.forEach((file, i) => {
        const fingerprint = prints[i] ?? '';
        const loaded = loadedAs(fingerprint) ?? unique.find((u) => u.fingerprint === fingerprint)?.file.name;
        const kept = keptByOthers[i];
        if (loaded !== undefined && loaded !== null)
          duplicates.push({
            fileName: file.name,
            message: `${file.name} is already loaded as “${loaded}”, so it was not added again.`,
          });
        else if (kept)
          duplicates.push({
            fileName: file.name,
            message: `${file.name} is already kept in this browser as “${kept}” (added in another tab), so it was not added again. Reload this page to see it here.`,
          });
        else unique.push({ file, fingerprint });
      });
      const taken = [...titlesInUse, ...[...contentById.values()].map((c) => c.title)];
      const titles = distinctTitles(
        unique.map((u) => u.file.name),
        taken,
      );
      // Claimed before waiting for ids, so a drop of the same file meanwhile finds it.
      const provisional = unique.map(({ fingerprint }, i) => {
        const key = `pending-${++provisionalKeys}`;
        contentById.set(key, { fingerprint, title: titles[i] ?? '' });
        return key;
      });
      const ids = await newIds(unique.length).finally(() =>
        provisional.forEach((key) => contentById.delete(key)),
      );
      const fresh = unique.map(({ file, fingerprint }, i) => ({
        file,
        fingerprint,
        id: ids[i] ?? `ux${++localIds}`,
        title: titles[i] ?? file.name,
      }));
      for (const { id, fingerprint, title } of fresh) contentById.set(id, { fingerprint, title });
      return { fresh, duplicates };
    },
  };
}

export type UserFiles = ReturnType<typeof createUserFiles>;
