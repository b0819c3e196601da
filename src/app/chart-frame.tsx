import { useRef, useState, type ReactNode } from 'react';
import { chartSvg, svgToPng, type ImageLegendEntry } from '../charts/export-image';
import { toCsv } from '../data/csv-export';
import { download, fileSlug } from '../ui/download';
import { SqlDisclosure } from '../ui/sql-disclosure';

type CsvRows = readonly Record<string, unknown>[];

export interface ChartFrameProps {
  title: string;
  /** Changes whenever the drawn data changes; tests and the benchmark wait on it. */
  renderKey: string;
  ready: boolean;
  /**
   * Exactly the rows drawn, for the CSV download; a function where shaping them costs (a long series has tens of
   * thousands), so they are shaped when the download is asked for, not at every redraw.
   */
  csv: { columns: readonly string[]; rows: CsvRows | (() => CsvRows) };
  legend: readonly ImageLegendEntry[];
  sql: string | null;
  table: ReactNode;
  children: ReactNode;
  note?: ReactNode;
}

/** Every chart comes with its table, its data as CSV, PNG and SVG pictures, and the SQL that produced it. */
export function ChartFrame(props: ChartFrameProps) {
  const figure = useRef<HTMLElement>(null);
  const [showTable, setShowTable] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const slug = fileSlug(props.title);
  const svg = () => {
    if (!figure.current) throw new Error('The chart has not been drawn yet.');
    return chartSvg(figure.current, props.title, props.legend);
  };
  const run = async (action: () => void | Promise<void>) => {
    try {
      setProblem(null);
      await action();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="chart-frame">
      <figure
        ref={figure}
        className="chart"
        data-chart
        data-state={props.ready ? 'ready' : 'loading'}
        data-render-key={props.ready ? props.renderKey : ''}
        aria-busy={!props.ready}
      >
        <figcaption className="visually-hidden">
          {props.title}: chart. The same numbers are in its table (the Table button).
        </figcaption>
        {props.children}
      </figure>
      {props.note}
      <div className="chart-actions" role="group" aria-label={`${props.title}: table, downloads and SQL`}>
        <button type="button" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
          Table
        </button>
        <button
          type="button"
          disabled={!props.ready}
          onClick={() =>
            download(
              `${slug}.csv`,
              toCsv(
                props.csv.columns,
                typeof props.csv.rows === 'function' ? props.csv.rows() : props.csv.rows,
              ),
              'text/csv;charset=utf-8',
            )
          }
        >
          Download CSV
        </button>
        <button
          type="button"
          disabled={!props.ready}
          onClick={() => void run(async () => download(`${slug}.png`, await svgToPng(svg())))}
        >
          Download PNG
        </button>
        <button
          type="button"
          disabled={!props.ready}
          onClick={() => void run(() => download(`${slug}.svg`, svg(), 'image/svg+xml'))}
        >
          Download SVG
        </button>
        {props.sql && <SqlDisclosure sql={props.sql} />}
      </div>
      {problem && <p role="alert">{problem}</p>}
      {showTable && props.table}
    </div>
  );
}
