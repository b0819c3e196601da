/**
 * The fence between the view slices of src/app (issue #25 step 3), as the structure script counts it: a module of
 * one slice, or of a shared folder, that imports a module of another slice. The app's top level (views.tsx and
 * the other files directly in src/app) composes the views and may import any of them. Paths are relative to the
 * project, written with `/`.
 */

/** scripts/app-folders.json: the view slices and the shared folders of src/app. */
export interface AppFolders {
  slices: string[];
  shared: string[];
}

export function parseAppFolders(text: string): AppFolders {
  const json = JSON.parse(text) as Partial<AppFolders>;
  const list = (name: keyof AppFolders) => {
    const value = json[name];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
      throw new Error(`scripts/app-folders.json: "${name}" must be a list of folder names.`);
    return value;
  };
  return { slices: list('slices'), shared: list('shared') };
}

/** The folder of src/app a module lies in, or null for the app's top level and for modules outside src/app. */
export function appFolderOf(file: string): string | null {
  const parts = file.split('/');
  return parts[0] === 'src' && parts[1] === 'app' && parts.length > 3 ? (parts[2] ?? null) : null;
}

/**
 * The imports that break the fence, as `from -> to`. A folder that is in neither list counts as a slice, so a new
 * view is fenced before anyone declares it.
 */
export function fenceBreaks(graph: ReadonlyMap<string, readonly string[]>, folders: AppFolders): string[] {
  const shared = new Set(folders.shared);
  const sliceOf = (file: string) => {
    const folder = appFolderOf(file);
    return folder === null || shared.has(folder) ? null : folder;
  };
  return [...graph.entries()].flatMap(([file, targets]) => {
    const from = appFolderOf(file);
    if (from === null) return [];
    return targets
      .filter((target) => {
        const slice = sliceOf(target);
        return slice !== null && slice !== from;
      })
      .map((target) => `${file} -> ${target}`);
  });
}

/** Folders of src/app that scripts/app-folders.json names neither a slice nor shared. */
export function undeclaredFolders(folderNames: readonly string[], folders: AppFolders): string[] {
  const declared = new Set([...folders.slices, ...folders.shared]);
  return folderNames.filter((name) => !declared.has(name));
}
