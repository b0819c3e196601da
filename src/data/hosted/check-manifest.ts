import { HOSTED_MANIFEST_VERSION, type HostedManifest } from './hosted-manifest';

/** A hosted set's name in a link (`?hosted=scale`): the folder `hosted/<name>/` beside the page. */
const SET_NAME = /^[a-z0-9][a-z0-9_-]{0,39}$/;

export function hostedSetName(text: string | null | undefined): string | null {
  return text && SET_NAME.test(text) ? text : null;
}

const WRITE_AGAIN = 'Write the set again with npm run data:scale and serve its folder beside the app.';

type Check = (value: unknown) => boolean;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isCount: Check = (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isList: Check = Array.isArray;
const listOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const withFields =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isObject(value) && Object.entries(fields).every(([field, check]) => check(value[field]));

/** What the app reads of a set's description; the rest (filters, areas, periods) is lists it only shows. */
const DATASET_FIELDS: Record<string, Check> = {
  title: isString,
  rows: isCount,
  columns: listOf(isString),
  indicators: listOf(withFields({ column: isString })),
  filters: isList,
  phases: listOf(isString),
  grains: isList,
  levels: listOf(isString),
  periods: isList,
  areas: isList,
  unknownPeriods: isList,
};
const isPartition = withFields({
  file: isString,
  periods: listOf(isString),
  levels: listOf(isString),
  rows: isCount,
  bytes: isCount,
});

/**
 * `hosted/<name>/manifest.json` as this app reads it, or an error naming the file and what to do: it is fetched
 * from a host and only a checked one is used. The set's id and the names of its views come from `name` (a checked
 * folder name), never from the file, so a manifest cannot name another dataset's views to replace or drop.
 */
export function checkManifest(value: unknown, name: string): HostedManifest {
  const file = `hosted/${name}/manifest.json`;
  const refuse = (what: string) => new Error(`${file} ${what}. ${WRITE_AGAIN}`);
  if (hostedSetName(name) === null) throw new Error(`"${name}" is not a hosted set's folder name.`);
  if (!isObject(value)) throw refuse('is not a manifest (not a JSON object)');
  if (value.version !== HOSTED_MANIFEST_VERSION)
    throw refuse(`is version ${String(value.version)}; this app reads version ${HOSTED_MANIFEST_VERSION}`);
  const { dataset, partitions } = value;
  if (!isObject(dataset)) throw refuse('has no dataset description');
  if (dataset.id !== name) throw refuse(`describes the set "${String(dataset.id)}", not "${name}"`);
  const wrong = Object.entries(DATASET_FIELDS).find(([field, check]) => !check(dataset[field]));
  if (wrong) throw refuse(`has no valid dataset.${wrong[0]}`);
  if (!Array.isArray(partitions) || partitions.length === 0) throw refuse('lists no partition files');
  const badPartition = partitions.findIndex((partition) => !isPartition(partition));
  if (badPartition >= 0)
    throw refuse(`lists partition ${badPartition + 1} without its file, periods, levels, rows and bytes`);
  const described = dataset as unknown as HostedManifest['dataset'];
  return {
    version: HOSTED_MANIFEST_VERSION,
    dataset: { ...described, id: name, origin: 'default', table: `raw_${name}`, view: `ds_${name}` },
    partitions: partitions as HostedManifest['partitions'],
  };
}

/** The manifest's text as JSON, or an error saying the host answered with something else (a page, an error). */
export function parseManifest(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.trimStart().slice(0, 1);
    throw new Error(
      `hosted/${name}/manifest.json is not JSON${start === '<' ? ' (the host answered with a web page)' : ''}: ` +
        `is the set's folder served at hosted/${name}/ beside the app? ${WRITE_AGAIN}`,
    );
  }
}
