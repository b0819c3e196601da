import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { download } from '../../ui/download';
import { useDatasets } from '../datasets/use-datasets';
import { ConsoleRefusal, ConsoleStopped, consoleQueryOptions, resultCsv } from './console-query';
import { EXAMPLE_SQL, tableSql } from './example-query';
import { QueryLinkNote } from './query-link-note';
import { ResultTable } from './result-table';
import { SchemaPanel } from './schema-panel';
import { schemaQueryOptions } from './schema-query';
import { useLinkedQuery } from './use-linked-query';
import './sql-console.css';

/** What the output shows, for tests and styles: the query's own state, a stop told apart from a failure. */
function outputState(running: boolean, error: Error | null, hasData: boolean): string {
  if (running) return 'running';
  if (error instanceof ConsoleStopped) return 'stopped';
  if (error) return 'error';
  return hasData ? 'ready' : 'idle';
}

export function SqlConsoleView() {
  const { datasets, jobs, version } = useDatasets('all');
  // The URL holds the query that last ran, not every keystroke, so history gets one entry per run.
  const { linked, submit } = useLinkedQuery();
  const submitted = linked.kind === 'link' || linked.kind === 'tab' ? linked.text : null;
  const [draft, setDraft] = useState(submitted ?? EXAMPLE_SQL);
  // Back and forward change the query in the URL; the editor follows it.
  const [shownSubmitted, setShownSubmitted] = useState(submitted);
  if (submitted !== shownSubmitted) {
    setShownSubmitted(submitted);
    if (submitted !== null) setDraft(submitted);
  }

  // The console reads every table, so the files otherwise loaded when the user pauses are asked for now.
  // Run 0 is a query that came with a link: it is shown, and runs only when the reader asks (it is someone
  // else's text, and may be slow).
  const [runs, setRuns] = useState(0);
  const dataReady = datasets.length > 0;
  const fromLink = submitted !== null && runs === 0;
  // A query waits for loads in progress, so every table it may name is there.
  const loading = jobs.length > 0;
  // Each run gets its own Cancel, so cancelling never reaches a later run.
  const [cancel, setCancel] = useState(() => new AbortController());
  const result = useQuery(
    consoleQueryOptions(submitted, runs, dataReady && !fromLink && !loading, cancel.signal),
  );
  const schema = useQuery(schemaQueryOptions(datasets, version));
  const running = result.isFetching;

  const run = () => {
    if (running || !dataReady) return;
    setCancel(new AbortController());
    setRuns((n) => n + 1);
    if (draft !== submitted) submit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  const data = result.isError ? undefined : result.data;

  return (
    <section aria-labelledby="sql-title" className="panel sql-console">
      <h2 id="sql-title">SQL console</h2>
      <p className="hint">
        Your own DuckDB SQL over the loaded data, run in this browser. The console reads only: it cannot
        change the app’s tables, and it cannot open files or addresses on the network.
      </p>
      <div className="sql-console-layout">
        <div className="sql-editor">
          <label htmlFor="sql-query">SQL query</label>
          <textarea
            id="sql-query"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            rows={10}
            aria-describedby="sql-keys"
          />
          <div className="sql-actions">
            <button type="button" onClick={run} disabled={running || !dataReady}>
              {running ? 'Running…' : 'Run query'}
            </button>
            <button type="button" onClick={() => cancel.abort()} disabled={!running}>
              Cancel
            </button>
            <span id="sql-keys" className="hint">
              or press Ctrl+Enter (⌘+Enter on a Mac)
            </span>
            <button
              type="button"
              disabled={!data || running}
              onClick={() => data && download('sql-result.csv', resultCsv(data), 'text/csv;charset=utf-8')}
            >
              Download CSV
            </button>
          </div>
          <QueryLinkNote linked={linked} />
          <div
            className="sql-output"
            aria-live="polite"
            aria-busy={running}
            data-state={outputState(running, result.error, data !== undefined)}
            data-query={submitted ?? ''}
          >
            {(!dataReady || (loading && submitted !== null && !fromLink)) && (
              <p className="hint">Waiting for the data to load…</p>
            )}
            {dataReady && fromLink && linked.kind === 'link' && (
              <p className="hint" data-testid="sql-from-link">
                This query came with the link you opened. Read it, then run it to see its result
                {jobs.length > 0 ? ' (some data is still loading)' : ''}.
              </p>
            )}
            {running && <p className="hint">Running…</p>}
            {result.isError &&
              (result.error instanceof ConsoleStopped ? (
                <div role="status" className="sql-stopped">
                  <p>
                    <strong>Stopped.</strong> {result.error.message}
                  </p>
                </div>
              ) : result.error instanceof ConsoleRefusal ? (
                <div role="alert" className="sql-error">
                  <p>
                    <strong>Not run.</strong> {result.error.message}
                  </p>
                </div>
              ) : (
                <div role="alert" className="sql-error">
                  <p>
                    <strong>DuckDB could not run the query.</strong>
                  </p>
                  <pre>{result.error.message}</pre>
                </div>
              ))}
            {data && <ResultTable result={data} />}
            {dataReady && submitted === null && (
              <p className="hint">Edit the query, or run it as it is, to see its result here.</p>
            )}
          </div>
        </div>
        <SchemaPanel
          tables={schema.data}
          error={schema.error}
          onPick={(table) => setDraft(tableSql(table))}
        />
      </div>
    </section>
  );
}
