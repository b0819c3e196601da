/**
 * The ratchet behind `npm run structure -- --strict` (issue #25, step 4): what the structure script found, held
 * against what the project has agreed to live with for now. Modules over the line limit and imports across the
 * fences are allowed only when a committed baseline lists them, and the baseline may only shrink: an entry that no
 * longer occurs is itself a failure, so the file never keeps a breach's place open for a new one. A logic module
 * without a unit test is allowed only under an allowance, each entry of which must still excuse something.
 */

/** What the structure script measured on the tree, as paths relative to the project. */
export interface Found {
  /** Modules over the line limit. */
  overLimit: readonly string[];
  /** Imports that break a fence, written `from -> to`. */
  fenceImports: readonly string[];
  /** Logic modules no unit test imports. */
  untested: readonly string[];
}

/** Known breaches from before the ratchet, to be fixed by later steps: scripts/structure-baseline.json. */
export interface Baseline {
  overLimit: string[];
  fenceImports: string[];
}

/**
 * Untested logic modules allowed for a stated reason: scripts/structure-allowance.json. An entry ending in `/` is a
 * folder and allows every module under it.
 */
export interface Allowance {
  /** Temporary: modules another piece of work is rewriting with its own tests; emptied when it is merged. */
  untilStoreMerge: string[];
  /** Modules that need what Node lacks (a Web Worker, a DOM), with the browser tests that run them. */
  browserOnly: Record<string, string>;
}

const BASELINE_FILE = 'scripts/structure-baseline.json';
const ALLOWANCE_FILE = 'scripts/structure-allowance.json';

const covers = (entry: string, module: string): boolean =>
  entry.endsWith('/') ? module.startsWith(entry) : module === entry;

/** Entries of `known` that no longer occur in `now`, and items of `now` that `known` does not list. */
function compare(known: readonly string[], now: readonly string[]) {
  const nowSet = new Set(now);
  const knownSet = new Set(known);
  return {
    gone: known.filter((entry) => !nowSet.has(entry)),
    added: now.filter((item) => !knownSet.has(item)),
  };
}

/** Every failure of the ratchet, one sentence each saying what to do; empty when the tree passes. */
export function ratchetProblems(found: Found, baseline: Baseline, allowance: Allowance): string[] {
  const problems: string[] = [];
  const lines = compare(baseline.overLimit, found.overLimit);
  for (const module of lines.added)
    problems.push(`${module} is over the line limit: split it (the baseline only lists modules that were).`);
  for (const module of lines.gone)
    problems.push(`${module} is no longer over the line limit: remove it from ${BASELINE_FILE}.overLimit.`);

  const fences = compare(baseline.fenceImports, found.fenceImports);
  for (const edge of fences.added)
    problems.push(`${edge} crosses a fence: import through the target's contract instead.`);
  for (const edge of fences.gone)
    problems.push(`${edge} no longer occurs: remove it from ${BASELINE_FILE}.fenceImports.`);

  const entries = [...allowance.untilStoreMerge, ...Object.keys(allowance.browserOnly)];
  for (const module of found.untested)
    if (!entries.some((entry) => covers(entry, module)))
      problems.push(`${module} is logic no unit test imports: add a test that imports it.`);
  for (const entry of entries)
    if (!found.untested.some((module) => covers(entry, module)))
      problems.push(`${entry} excuses no untested module any more: remove it from ${ALLOWANCE_FILE}.`);
  return problems;
}

/** The baseline without its entries that no longer occur; it never gains one. */
export function shrunkBaseline(found: Found, baseline: Baseline): Baseline {
  const overLimit = new Set(found.overLimit);
  const fenceImports = new Set(found.fenceImports);
  return {
    overLimit: baseline.overLimit.filter((module) => overLimit.has(module)),
    fenceImports: baseline.fenceImports.filter((edge) => fenceImports.has(edge)),
  };
}

/** Reads a baseline file's JSON, refusing anything but two lists of strings. */
export function parseBaseline(text: string): Baseline {
  const value = JSON.parse(text) as Record<string, unknown>;
  const list = (key: string): string[] => {
    const items = value[key];
    if (!Array.isArray(items) || !items.every((item) => typeof item === 'string'))
      throw new Error(`${BASELINE_FILE}: "${key}" must be a list of strings.`);
    return items as string[];
  };
  return { overLimit: list('overLimit'), fenceImports: list('fenceImports') };
}

/** Reads an allowance file's JSON: a list of modules or folders, and modules with the reason they are allowed. */
export function parseAllowance(text: string): Allowance {
  const value = JSON.parse(text) as Record<string, unknown>;
  const { untilStoreMerge, browserOnly } = value;
  if (!Array.isArray(untilStoreMerge) || !untilStoreMerge.every((item) => typeof item === 'string'))
    throw new Error(`${ALLOWANCE_FILE}: "untilStoreMerge" must be a list of strings.`);
  if (
    typeof browserOnly !== 'object' ||
    browserOnly === null ||
    !Object.values(browserOnly).every((why) => typeof why === 'string' && why.trim() !== '')
  )
    throw new Error(`${ALLOWANCE_FILE}: "browserOnly" must map each module to the reason it is allowed.`);
  return { untilStoreMerge: untilStoreMerge as string[], browserOnly: browserOnly as Record<string, string> };
}
