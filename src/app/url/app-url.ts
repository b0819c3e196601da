import { THEMES_OFF_PARAM } from '../../timeline/event-themes';
import { text, urlContract, type UrlChange } from './url-fields';

/** What every view shares in the address: which view is open, and the event themes switched off on its charts. */
export interface AppUrl {
  /** A view's id (`?view=briefing`); absent for the first view, Trends. */
  view: string | undefined;
  /** The themes switched off (`ev.off=alliance.funding-data`), as event-themes writes them. */
  themesOff: string | undefined;
  /** A hosted set to attach (`hosted=scale`), named by its manifest under the page's hosted/ folder. */
  hosted: string | undefined;
}

export const appUrl = urlContract<AppUrl>({
  view: text('view'),
  themesOff: text(THEMES_OFF_PARAM),
  hosted: text('hosted'),
});

const FIRST_VIEW = 'trends';

/** The change that opens a view with whatever choices the address holds for it. */
export const viewLink = (id: string): UrlChange => appUrl.write({ view: id === FIRST_VIEW ? undefined : id });

/** The navigation's link to a view, for a new tab or a copy: `?view=<id>` (Trends too, as links always had it). */
export const viewHref = (id: string): string => `?view=${encodeURIComponent(id)}`;

/** The view an address opens (the first when it names none). */
export const openedView = (url: AppUrl): string => url.view ?? FIRST_VIEW;
