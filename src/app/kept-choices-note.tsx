import { MAX_URL_CHARS, useKeptState } from './url-state';

/** Says when the page's address does not carry all of the view's choices (see kept-params), so a link is not trusted blindly. */
export function KeptChoicesNote() {
  const kept = useKeptState();
  if (kept === 'none') return null;
  return (
    <p role="status" className="link-note" data-kept={kept}>
      {kept === 'tab'
        ? `Some of this view’s choices are too long for a link (its address would pass ${MAX_URL_CHARS.toLocaleString('en-GB')} characters), so they are kept in this tab only: a copy of this page’s link opens without them.`
        : 'The link you opened did not carry all of its view’s choices: some were too long for a link and stayed in the tab where they were made. The view shows its defaults for them.'}
    </p>
  );
}
