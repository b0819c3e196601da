import { useEffect, useRef, useState } from 'react';
import { viewEngine } from '../../data/datasets/browser-datasets';
import { download } from '../../ui/download';
import { ConsoleStopped, resultCsv, type ConsoleResult } from './console-query';
import { pickCsvSink, writeConsoleCsv } from './csv-download';

const FILE_NAME = 'sql-result.csv';
/** Progress is drawn at most this often: a batch arrives every few milliseconds. */
const PROGRESS_EVERY_MS = 200;

const count = (n: number) => n.toLocaleString('en-GB');

interface Writing {
  rows: number;
  stop: AbortController;
}

/**
 * Download CSV. A result the page already holds whole is saved at once; a longer one is written a batch at a time
 * from the engine, with its progress and a Cancel, to a file the user picks where the browser allows it.
 */
export function CsvDownloadButton({
  sql,
  result,
  total,
  disabled,
}: {
  sql: string;
  result: ConsoleResult | undefined;
  total: number | null;
  disabled: boolean;
}) {
  const [writing, setWriting] = useState<Writing | null>(null);
  const [outcome, setOutcome] = useState<{ failed: boolean; text: string } | null>(null);
  const current = useRef<AbortController | null>(null);
  // Leaving the console stops a download under way.
  useEffect(() => () => current.current?.abort(), []);

  const start = async () => {
    if (!result) return;
    if (result.offset === 0 && !result.more) {
      download(FILE_NAME, resultCsv(result), 'text/csv;charset=utf-8');
      return;
    }
    setOutcome(null);
    // The save dialog opens only from the click itself, so it is asked for before anything else is awaited.
    const sink = await pickCsvSink(FILE_NAME).catch((error: unknown) => {
      setOutcome({ failed: true, text: `The file could not be opened for writing: ${String(error)}` });
      return null;
    });
    if (!sink) return;
    const stop = new AbortController();
    current.current = stop;
    setWriting({ rows: 0, stop });
    // The first batch is shown at once: it says the rows have started to come.
    let drawn = -Infinity;
    try {
      const rows = await writeConsoleCsv(viewEngine, sql, result.columns, sink, stop.signal, (rows) => {
        if (performance.now() - drawn < PROGRESS_EVERY_MS) return;
        drawn = performance.now();
        setWriting({ rows, stop });
      });
      setOutcome({ failed: false, text: `Saved ${count(rows)} ${rows === 1 ? 'row' : 'rows'} as CSV.` });
    } catch (error) {
      const stopped = error instanceof ConsoleStopped;
      setOutcome({
        failed: !stopped,
        text: stopped ? String((error as Error).message) : `The download failed: ${String(error)}`,
      });
    } finally {
      current.current = null;
      setWriting(null);
    }
  };

  return (
    <>
      <button type="button" disabled={disabled || !result || writing !== null} onClick={() => void start()}>
        Download CSV
      </button>
      {writing && (
        <span className="sql-download" role="status" data-rows={writing.rows}>
          <progress
            max={total ?? undefined}
            value={total === null ? undefined : writing.rows}
            aria-label="Rows written"
          />{' '}
          Writing CSV: {count(writing.rows)}
          {total === null ? '' : ` of ${count(total)}`} rows
          <button type="button" onClick={() => writing.stop.abort()}>
            Cancel download
          </button>
        </span>
      )}
      {!writing && outcome && (
        <span
          className={outcome.failed ? 'sql-download-failed' : 'hint'}
          role={outcome.failed ? 'alert' : 'status'}
        >
          {outcome.text}
        </span>
      )}
    </>
  );
}
