import { browserDatasets } from '../datasets/browser-datasets';
import { hostedRecipe, hostedSetName } from './hosted-recipe';

const opened = new Set<string>();

/**
 * Opens the hosted set a link names (`?hosted=scale`) once per page: nothing is fetched without one, so a site that
 * hosts no set sees no request for it. The set is listed like a default dataset once its partitions are attached.
 */
export function openLinkedHostedSet(param: string | undefined): void {
  const name = hostedSetName(param);
  if (!name || opened.has(name)) return;
  opened.add(name);
  void browserDatasets.loadHosted(hostedRecipe(name, document.baseURI));
}
