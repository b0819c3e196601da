import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { useDatasets } from '../../queries/use-datasets';
import { ConsoleRefusal, ConsoleStopped, consoleCountOptions, consoleQueryOptions } from './console-query';
import { CsvDownloadButton } from './csv-download-button';
import { EXAMPLE_SQL, tableSql } from './example-query';
import { QueryLinkNote } from './query-link-note';
import { ResultTable, type RowTotal } from './result-table';
import { SchemaPanel } from './schema-panel';
import { schemaQueryOptions } from './schema-query';
import { useLinkedQuery } from './use-linked-query';
import './sql-console.css';

/**
 * What the output shows, for tests and styles: the query's own state (its count included), a stop told apart from a
 * failure.
 */
function outputState(
  running: boolean,
  error: Error | null,
  countError: Error | null,
  hasData: boolean,
): string {
  if (running) return 'running';
  if (error instanceof ConsoleStopped || countError instanceof ConsoleStopped) return 'stopped';
  if (error) return 'error';
  return hasData ? 'ready' : 'idle';
}

/** The row count as far as the console knows it; a count neither made nor failed yet is under way. */
function rowTotal(known: number | null, count: number | undefined, error: Error | null): RowTotal {
  if (known !== null) return { state: 'known', rows: known };
  if (count !== undefined) return { state: 'known', rows: count };
  if (!error) return { state: 'counting' };
  return error instanceof ConsoleStopped ? { state: 'stopped' } : { state: 'failed' };
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
  // The page of rows shown; a run starts at the first.
  const [page, setPage] = useState(0);
  const result = useQuery(
    consoleQueryOptions(submitted, runs, page, dataReady && !fromLink && !loading, cancel.signal),
  );
  const shown = result.isError ? undefined : result.data;
  // The engine counts the rows once a page of this run shows there are more than a page of them.
  const longResult = shown !== undefined && !result.isPlaceholderData && (shown.more || shown.offset > 0);
  const count = useQuery(consoleCountOptions(submitted, runs, longResult, cancel.signal));
  const schema = useQuery(schemaQueryOptions(datasets, version));
  const running = result.isFetching;
  const counting = count.isFetching;

  const run = () => {
    if (running || !dataReady) return;
    // A count still under way belongs to the run before: it is stopped, not left to hold the engine.
    cancel.abort();
    setCancel(new AbortController());
    setPage(0);
    setRuns((n) => n + 1);
    if (draft !== submitted) submit(draft);
  };
  const turnPage = (step: -1 | 1) => {
    if (running) return;
    // After a Cancel the pages still turn: a new page gets a Cancel of its own.
    if (cancel.signal.aborted) setCancel(new AbortController());
    setPage((n) => Math.max(0, n + step));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };
  const data = shown;
  const total = rowTotal(data && !data.more ? data.offset + data.rows.length : null, count.data, count.error);

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
            <button type="button" onClick={() => cancel.abort()} disabled={!running && !counting}>
              Cancel
            </button>
            <span id="sql-keys" className="hint">
              or press Ctrl+Enter (⌘+Enter on a Mac)
            </span>
            <CsvDownloadButton
              sql={submitted ?? ''}
              result={data}
              total={total.state === 'known' ? total.rows : null}
              disabled={running}
            />
          </div>
          <QueryLinkNote linked={linked} />
          <div
            className="sql-output"
            aria-live="polite"
            aria-busy={running || counting}
            data-state={outputState(running || counting, result.error, count.error, data !== undefined)}
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
            {!running && count.error && (
              <div role="status" className="sql-stopped">
                <p>
                  <strong>{count.error instanceof ConsoleStopped ? 'Stopped.' : 'Not counted.'}</strong>{' '}
                  {count.error.message}
                </p>
              </div>
            )}
            {data && <ResultTable result={data} total={total} paging={running} onPage={turnPage} />}
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
