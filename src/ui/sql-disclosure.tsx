import { useState } from 'react';

/** The SQL behind a chart, readable and copyable; what runs is the same text with `?` parameters. */
export function SqlDisclosure({ sql }: { sql: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <details className="sql-disclosure">
      <summary>SQL</summary>
      <pre>
        <code>{sql}</code>
      </pre>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(sql).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        {copied ? 'Copied' : 'Copy SQL'}
      </button>
    </details>
  );
}
