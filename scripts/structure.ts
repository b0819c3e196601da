/**
 * Prints the structure's numbers the "one home per concept" work is judged by (issue #25): modules and lines under
 * src/, the largest modules, imports from views into the SQL builders and the engine modules, view slices of
 * src/app importing another slice (app-fences.ts, over the folders scripts/app-folders.json lists), and logic
 * modules that no unit test reaches. `npm run structure` prints them; `--strict` (run by `npm test`) exits 1 on a
 * view importing the SQL builders or the engine outside the console's allow-list, on a folder of src/app that
 * app-folders.json does not list, and on a breach the committed baseline and allowance do not list (see
 * checkRatchet below).
 *
 * Imports are read with a regular expression, not the compiler: every import in this codebase is a static
 * `import … from '…'`, an `export … from '…'`, a side-effect `import '…'` or a dynamic `import('…')` with a literal
 * path.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  parseAllowance,
  parseBaseline,
  ratchetProblems,
  shrunkBaseline,
  type Found,
} from './structure-ratchet';
import { fenceBreaks, parseAppFolders, undeclaredFolders } from './app-fences';

const root = path.resolve(import.meta.dirname, '..');
const MAX_LINES = 300;
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, file);

/** Resolves a relative import to a module file under the project, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      continue;
    }
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((match) => resolveImport(file, match[1] ?? match[2] ?? match[3] ?? ''))
    .filter((target): target is string => target !== null);
}

/** Every module a file reaches through imports, itself included. */
function reachedFrom(starts: readonly string[], graph: ReadonlyMap<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...(graph.get(file) ?? importsOf(file)));
  }
  return seen;
}

const EXPORTED = /^export\s+(?:async\s+)?(?:function|const|class|let)\s+(\w+)/gm;
// Comments and strings are left out before looking for a branch: their words are not code.
const COMMENT_OR_STRING = /\/\*[\s\S]*?\*\/|\/\/.*$|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/gm;
const BRANCH = /\b(?:if|for|while|switch)\s*\(|&&|\|\||\?\?|\s\?\s/;

/**
 * A logic module: TypeScript without JSX that holds more than types. A module that exports only React hooks
 * (`use…`) and takes no branch is wiring, not logic: it hands React's state to functions of other modules, which
 * are counted here, and the unit project has no DOM renderer to run a hook (the browser tests do). A hook that
 * decides anything (a condition, a loop, a fallback) counts, and its decision belongs in a function a unit test
 * can call.
 */
function isLogic(file: string): boolean {
  if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return false;
  const code = readFileSync(file, 'utf8');
  const exported = [...code.matchAll(EXPORTED)].map((match) => match[1] ?? '');
  if (exported.length === 0) return false;
  const wiringOnly = exported.every((name) => /^use[A-Z]/.test(name));
  return !wiringOnly || BRANCH.test(code.replace(COMMENT_OR_STRING, ''));
}

const sources = filesUnder(path.join(root, 'src'));
const graph = new Map(sources.map((file) => [file, importsOf(file)]));
const lines = new Map(sources.map((file) => [file, readFileSync(file, 'utf8').split('\n').length]));
const totalLines = [...lines.values()].reduce((sum, count) => sum + count, 0);
const largest = [...lines.entries()].sort((a, b) => b[1] - a[1]);
const overLimit = largest.filter(([, count]) => count > MAX_LINES);

const sqlFolder = path.join(root, 'src/data/sql') + path.sep;
const engineModules = ['engine.ts', 'lazy-engine.ts', 'sql-engine.ts'].map((name) =>
  path.join(root, 'src/data', name),
);
// The SQL console is the one view allowed to read the SQL rules and the engine's type (see eslint.config.js).
const allowed = path.join('src', 'app', 'sql-console') + path.sep;
/** Imports from views (src/app) into the targets `into` picks, as `file -> target`, and those the allow-list takes. */
function viewImports(into: (target: string) => boolean) {
  const all = [...graph.entries()].flatMap(([file, targets]) =>
    relative(file).startsWith(path.join('src', 'app') + path.sep)
      ? targets.filter(into).map((target) => `${relative(file)} -> ${relative(target)}`)
      : [],
  );
  return {
    broken: all.filter((line) => !line.startsWith(allowed)),
    allowed: all.filter((line) => line.startsWith(allowed)),
  };
}
const viewsIntoSql = viewImports((target) => target.startsWith(sqlFolder));
const viewsIntoEngine = viewImports((target) => engineModules.includes(target));
const appFolders = parseAppFolders(readFileSync(path.join(root, 'scripts/app-folders.json'), 'utf8'));
const slashed = (file: string) => relative(file).split(path.sep).join('/');
const sliceImports = fenceBreaks(
  new Map([...graph.entries()].map(([file, targets]) => [slashed(file), targets.map(slashed)])),
  appFolders,
);
const appDir = path.join(root, 'src/app');
const undeclared = undeclaredFolders(
  readdirSync(appDir).filter((name) => statSync(path.join(appDir, name)).isDirectory()),
  appFolders,
);

const unitTests = filesUnder(path.join(root, 'test')).filter(
  (file) => /\.test\.tsx?$/.test(file) && !relative(file).startsWith(path.join('test', 'e2e')),
);
const imported = new Set(unitTests.flatMap((test) => importsOf(test)));
const reached = reachedFrom(unitTests, graph);
const logic = sources.filter(isLogic);
const notImported = logic.filter((file) => !imported.has(file));
const notReached = logic.filter((file) => !reached.has(file));

const list = (items: readonly string[]) => items.map((item) => `    ${item}`).join('\n');
console.log(`modules under src/: ${sources.length}, lines: ${totalLines}`);
console.log(
  `largest: ${largest
    .slice(0, 5)
    .map(([file, count]) => `${relative(file)} (${count})`)
    .join(', ')}`,
);
console.log(`modules over ${MAX_LINES} lines: ${overLimit.length}`);
if (overLimit.length > 0) console.log(list(overLimit.map(([file, count]) => `${relative(file)} (${count})`)));
for (const [name, imports] of [
  ['src/data/sql', viewsIntoSql],
  ['the engine modules', viewsIntoEngine],
] as const) {
  console.log(
    `imports from src/app into ${name}: ${imports.broken.length} (the SQL console's, allowed: ${imports.allowed.length})`,
  );
  if (imports.broken.length > 0) console.log(list(imports.broken));
}
console.log(
  `imports from a view slice or shared folder of src/app into another slice: ${sliceImports.length} (scripts/app-folders.json)`,
);
if (sliceImports.length > 0) console.log(list(sliceImports));
console.log(
  `logic modules: ${logic.length}; imported by no unit test: ${notImported.length}; reached by none: ${notReached.length}`,
);
if (notImported.length > 0)
  console.log(
    `imported by no unit test (* reached by none):\n${list(notImported.map((file) => `${relative(file)}${notReached.includes(file) ? ' *' : ''}`))}`,
  );

/**
 * `--strict`: fails on a module over the limit or an import across the fences that the committed baseline does not
 * list, on a baseline entry that no longer occurs, and on a logic module without a unit test that no allowance
 * covers (see structure-ratchet.ts). `--shrink-baseline` removes the entries that no longer occur; nothing adds one.
 * Imports from views into src/data/sql or the engine have no baseline: any outside the console's allow-list fails.
 */
function checkRatchet(found: Found): void {
  const baselineFile = path.join(root, 'scripts/structure-baseline.json');
  const baselineText = readFileSync(baselineFile, 'utf8');
  const baseline = parseBaseline(baselineText);
  if (process.argv.includes('--shrink-baseline')) {
    const json = { ...(JSON.parse(baselineText) as object), ...shrunkBaseline(found, baseline) };
    writeFileSync(baselineFile, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`${relative(baselineFile)} shrunk; run prettier --write on it before committing.`);
    return;
  }
  if (!process.argv.includes('--strict')) return;
  const allowance = parseAllowance(readFileSync(path.join(root, 'scripts/structure-allowance.json'), 'utf8'));
  const problems = [
    ...ratchetProblems(found, baseline, allowance),
    ...[...viewsIntoSql.broken, ...viewsIntoEngine.broken].map(
      (line) => `${line} reaches past the query layer: ask a hook of src/queries instead.`,
    ),
    ...undeclared.map(
      (name) =>
        `src/app/${name}/ is neither a view slice nor a shared folder: declare it in scripts/app-folders.json.`,
    ),
  ];
  if (problems.length === 0) {
    console.log('structure ratchet: passes');
    return;
  }
  console.error(
    `structure ratchet: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${list(problems)}`,
  );
  process.exit(1);
}

checkRatchet({
  overLimit: overLimit.map(([file]) => relative(file)),
  fenceImports: sliceImports,
  untested: notImported.map(relative),
});
