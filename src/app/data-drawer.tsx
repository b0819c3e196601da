import { useEffect, useId, useRef, useState } from 'react';
import { browserDatasets } from '../data/datasets/browser-datasets';
import { DataPanel } from './data-panel';
import { useDatasets } from './datasets/use-datasets';
import { PanelBoundary } from './panel-boundary';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What is loaded, in one line under the navigation, and the data panel as a drawer that line opens. Closed by
 * default, so the view has the page's width; it opens by itself when a file could not be loaded, so the problem
 * is seen. `withPanel` false (the briefing) keeps the line and leaves the panel out.
 */
export function DataDrawer({ withPanel }: { withPanel: boolean }) {
  const id = useId();
  const { datasets, jobs, problems, engineNotice } = useDatasets();
  const [open, setOpen] = useState(false);
  const seenProblems = useRef(problems.length);
  useEffect(() => {
    if (problems.length > seenProblems.current) setOpen(true);
    seenProblems.current = problems.length;
  }, [problems.length]);
  const loading = jobs.map((job) => job.fileName);
  return (
    <>
      <div className="data-summary" role="status">
        <span>
          <strong>Data:</strong> {plural(datasets.length, 'file loaded', 'files loaded')}
          {loading.length > 0 && ` · loading ${loading.join(', ')}…`}
          {problems.length > 0 && ` · ${plural(problems.length, 'problem', 'problems')}`}
        </span>
        {withPanel && (
          <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
            {open ? 'Close data panel' : 'Data files'}
          </button>
        )}
      </div>
      {engineNotice && (
        <p className="engine-notice" role="status" data-testid="engine-notice">
          {engineNotice}{' '}
          <button type="button" onClick={browserDatasets.dismissEngineNotice}>
            Dismiss
          </button>
        </p>
      )}
      {withPanel && (
        <div id={id} className="data-drawer" hidden={!open}>
          <PanelBoundary name="data">
            <DataPanel />
          </PanelBoundary>
        </div>
      )}
    </>
  );
}
