import type { SqlEngine } from '../../data/sql-engine';
import { download } from '../../ui/download';
import {
  CONSOLE_TIME_LIMIT_MS,
  ConsoleStopped,
  consoleCells,
  consoleFailure,
  consoleStatement,
  resultCsv,
  type ConsoleColumn,
} from './console-query';

/** Where a download's text goes, a batch at a time. */
export interface CsvSink {
  write(text: string): Promise<void>;
  /** The file is complete. */
  close(): Promise<void>;
  /** Stopped part-way: nothing half-written is kept. */
  abort(): Promise<void>;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The text in Blob parts, saved through the browser's download at the end. Each part leaves the page's script memory
 * as it is made (the browser keeps a Blob's bytes, on disk if they are many), so no string of the whole file is built.
 */
export function blobSink(fileName: string): CsvSink {
  let parts: Blob[] = [];
  return {
    async write(text) {
      parts.push(new Blob([text]));
    },
    async close() {
      download(fileName, new Blob(parts, { type: CSV_TYPE }));
      parts = [];
    },
    async abort() {
      parts = [];
    },
  };
}

/** The File System Access API's save dialog, where the browser has it (Chromium); not in TypeScript's DOM types. */
type SavePicker = (options: {
  suggestedName: string;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<{ createWritable(): Promise<WritableStreamLike> }>;

interface WritableStreamLike {
  write(data: string): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Asks where to save, when the browser can write straight to a file: a large result then goes to disk a batch at a
 * time. Resolves to null when the user closes the dialog, and to the Blob download where there is no such dialog.
 * Must be called from the click itself: the browser opens the dialog only for a user's gesture.
 */
export async function pickCsvSink(fileName: string): Promise<CsvSink | null> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (!picker) return blobSink(fileName);
  try {
    const handle = await picker({
      suggestedName: fileName,
      types: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
    });
    const writable = await handle.createWritable();
    return {
      write: (text) => writable.write(text),
      close: () => writable.close(),
      abort: () => writable.abort(),
    };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/**
 * How long a download may wait for DuckDB's next rows. A download of millions of rows rightly takes minutes, so the
 * whole of it has no limit (its progress shows, and Cancel stops it); a wait this long for the next batch is a
 * runaway, as a console query this long is.
 */
export const DOWNLOAD_WAIT_LIMIT_MS = CONSOLE_TIME_LIMIT_MS;

/** A signal that aborts once `ms` pass without `rearm` being called. */
function waitLimit(ms: number) {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DOMException('No rows in time.', 'TimeoutError')), ms);
  };
  rearm();
  return { signal: controller.signal, rearm, stop: () => clearTimeout(timer) };
}

const seconds = (ms: number) => `${Math.round(ms / 1000).toLocaleString('en-GB')} seconds`;

/**
 * Writes the whole result of `sql` as CSV to `sink`: the engine makes it a batch at a time and each batch is written
 * before the next is made, so neither the engine nor the page holds more than a batch. `onProgress` hears the rows
 * written so far; `cancel` stops it between two batches, and the sink then keeps nothing. So does a wait of more than
 * `waitLimitMs` for the next batch.
 */
export async function writeConsoleCsv(
  engine: SqlEngine,
  sql: string,
  columns: readonly ConsoleColumn[],
  sink: CsvSink,
  cancel: AbortSignal,
  onProgress: (rows: number) => void,
  waitLimitMs = DOWNLOAD_WAIT_LIMIT_MS,
): Promise<number> {
  const statement = consoleStatement(sql, columns);
  let written = 0;
  const stalled = waitLimit(waitLimitMs);
  try {
    // The header alone (Papa ends it with a line break when no rows follow; each batch brings its own).
    stalled.stop();
    await sink.write(resultCsv({ columns: [...columns], rows: [] }).replace(/\r\n$/, ''));
    stalled.rearm();
    await engine.streamStoppable(statement.sql, AbortSignal.any([cancel, stalled.signal]), async (batch) => {
      // The clock stops while the file takes the batch: a slow disk is not DuckDB being slow.
      stalled.stop();
      if (batch.length > 0) {
        await sink.write(
          `\r\n${resultCsv({ columns: [...columns], rows: consoleCells(columns, batch) }, false)}`,
        );
        written += batch.length;
        onProgress(written);
      }
      stalled.rearm();
    });
    await sink.close();
    return written;
  } catch (error) {
    await sink.abort().catch(() => undefined);
    const rows = `${written.toLocaleString('en-GB')} ${written === 1 ? 'row' : 'rows'}`;
    if (stalled.signal.aborted && !cancel.aborted)
      throw new ConsoleStopped(
        `The download waited more than ${seconds(waitLimitMs)} for DuckDB’s next rows, the console’s limit, and was stopped after ${rows}; no file was kept. Ask for less (a WHERE clause, a LIMIT, or an end to a recursive query), then download again.`,
      );
    const failure = consoleFailure(error, sql, {
      cancel,
      timeLimit: new AbortController().signal,
      timeLimitMs: 0,
      what: 'download',
    });
    if (failure instanceof ConsoleStopped)
      throw new ConsoleStopped(`The download was cancelled after ${rows}; no file was kept.`);
    throw failure;
  } finally {
    stalled.stop();
  }
}
