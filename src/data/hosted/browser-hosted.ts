import { browserDatasets } from '../datasets/browser-datasets';
import { hostedOpener } from './hosted-recipe';

/** The page's hosted set, from its link: attached by the page's store, listed like a default dataset once attached. */
export const openLinkedHostedSet = hostedOpener(
  (recipe) => browserDatasets.loadHosted(recipe),
  () => document.baseURI,
);
