const key = (title: string) => title.toLowerCase();

/** The folders that tell clashing paths apart: their parent folders without what they all share at either end. */
function distinguishingFolders(parents: readonly string[][]): string[] {
  let start = 0;
  let end = 0;
  const shortest = Math.min(...parents.map((p) => p.length));
  const same = (at: (p: string[]) => string | undefined) => new Set(parents.map(at)).size === 1;
  while (start < shortest && same((p) => p[start])) start++;
  while (end < shortest - start && same((p) => p[p.length - 1 - end])) end++;
  return parents.map((p) => p.slice(start, p.length - end).join('/'));
}

/**
 * A title for each added file: its name, or when that name is already a title (or another added file has it) the
 * name with the folder that tells it apart — `same.csv (a)` and `same.csv (b)` for zip entries `a/same.csv` and
 * `b/same.csv` — and a number when nothing does. Paths are `/`-separated (`download.zip/data/same.csv`).
 */
export function distinctTitles(paths: readonly string[], taken: Iterable<string>): string[] {
  const used = new Set([...taken].map(key));
  const parts = paths.map((path) => path.split('/').filter((part) => part !== ''));
  const baseOf = (segments: string[], i: number) => segments.at(-1) ?? paths[i] ?? '';
  const groups = new Map<string, number[]>();
  parts.forEach((segments, i) => {
    const base = key(baseOf(segments, i));
    groups.set(base, [...(groups.get(base) ?? []), i]);
  });
  const labels = new Map<number, string>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const folders = distinguishingFolders(members.map((i) => (parts[i] ?? []).slice(0, -1)));
    members.forEach((i, n) => labels.set(i, folders[n] ?? ''));
  }
  return parts.map((segments, i) => {
    const base = baseOf(segments, i);
    const label = labels.get(i) ?? '';
    const plain = label ? `${base} (${label})` : base;
    let title = plain;
    for (let n = 2; used.has(key(title)); n++) title = label ? `${base} (${label}, ${n})` : `${base} (${n})`;
    used.add(key(title));
    return title;
  });
}
