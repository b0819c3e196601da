import { useState } from 'react';
import { MAX_URL_CHARS } from '../url-state';
import type { LinkedQuery } from './query-link';

const count = (n: number) => n.toLocaleString('en-GB');

/** Says plainly when the page's link does not carry the console's query, and how to share the query instead. */
export function QueryLinkNote({ linked }: { linked: LinkedQuery }) {
  const [copied, setCopied] = useState<string | null>(null);
  if (linked.kind === 'damaged')
    return (
      <p role="alert" className="link-note" data-testid="sql-link-note" data-link="damaged">
        The query in the link you opened could not be read: {linked.reason}. Ask for the query’s text and
        paste it here.
      </p>
    );
  if (linked.kind === 'not-carried')
    return (
      <p role="status" className="link-note" data-testid="sql-link-note" data-link="not-carried">
        The link you opened did not carry its SQL query: the query was too long for a link, so it stayed in
        the browser tab where it was written. Ask for the query’s text and paste it here.
      </p>
    );
  if (linked.kind !== 'tab') return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linked.text);
      setCopied('Query text copied.');
    } catch {
      // Clipboard access can be refused (permissions, an insecure page); the text is still in the editor.
      setCopied('Select the query above and copy it.');
    }
  };
  return (
    <div role="status" className="link-note" data-testid="sql-link-note" data-link="tab">
      <p>
        The link to this page does not carry this query: at {count(linked.text.length)} characters it would
        make the link, even packed, longer than the {count(MAX_URL_CHARS)} characters web hosts accept. It is
        kept in this tab, and comes back if you reload. To share it, copy its text.
      </p>
      <p>
        <button type="button" onClick={() => void copy()}>
          Copy query text
        </button>{' '}
        <span className="hint">{copied}</span>
      </p>
    </div>
  );
}
