import { resolve } from 'node:path';

export interface BuildPaths {
  /** Folder laid out like ../shared/data/dfe: annual/, attendance/<yyyy-yy>/, characteristics/. */
  from: string;
  out: string;
}

/** The DfE files beside the project (the shared folder sits next to the repository on every machine). */
export const DEFAULT_SOURCE = '../shared/data/dfe';
export const USAGE = 'usage: npm run data:build -- [--from DIR] [--out DIR]';

/** `--from DIR` and `--out DIR` (or `--from=DIR`); relative folders are taken from `cwd`. */
export function parseArgs(argv: readonly string[], cwd: string, repoRoot: string): BuildPaths {
  const paths: BuildPaths = { from: resolve(repoRoot, DEFAULT_SOURCE), out: resolve(repoRoot, 'data') };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag !== '--from' && flag !== '--out') throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    let value = inline;
    if (value === undefined) {
      i += 1;
      value = argv[i];
    }
    if (!value) throw new Error(`${flag} needs a folder\n${USAGE}`);
    paths[flag === '--from' ? 'from' : 'out'] = resolve(cwd, value);
  }
  return paths;
}
