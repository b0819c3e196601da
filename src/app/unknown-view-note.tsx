import type { ViewEntry } from './views';

export interface UnknownViewNoteProps {
  /** The view the address names (`?view=`), absent when it names none. */
  named: string | undefined;
  /** The view shown instead. */
  shown: ViewEntry;
  views: readonly ViewEntry[];
}

/**
 * A link naming a view the app does not have (mistyped, or cut short) opens the first view; say so, and name the
 * views there are, so the reader does not take the view shown for the one the link's author meant.
 */
export function UnknownViewNote({ named, shown, views }: UnknownViewNoteProps) {
  if (named === undefined || named === shown.id) return null;
  return (
    <p role="status" className="link-note" data-testid="unknown-view">
      This link names a view (“{named}”) the app does not have, so {shown.label} is shown. The views are:{' '}
      {views.map((view) => `${view.label} (${view.id})`).join(', ')}.
    </p>
  );
}
