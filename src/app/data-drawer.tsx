import { useEffect, useId, useRef, useState } from 'react';
import { browserDatasets } from '../data/datasets/browser-datasets';
import { notLoaded } from '../data/datasets/stored-files';
import { DataPanel } from './data-panel';
import { useDatasets } from '../queries/use-datasets';
import { PanelBoundary } from './panel-boundary';

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What is loaded, in one line under the navigation, and the data panel as a drawer that line opens. Closed by
 * default, so the view has the page's width; it opens by itself when a file could not be loaded, or a kept file
 * was not loaded this time, so the problem is seen. `withPanel` false (the briefing) keeps the line and leaves the panel out.
 */
export function DataDrawer({ withPanel }: { withPanel: boolean }) {
  const id = useId();
  const { datasets, jobs, problems, engineNotice, savedFiles } = useDatasets();
  const [open, setOpen] = useState(false);
  const notLoadedCount = notLoaded(savedFiles).length;
  const seen = useRef({ problems: problems.length, notLoaded: notLoadedCount });
  useEffect(() => {
    if (problems.length > seen.current.problems || notLoadedCount > seen.current.notLoaded) setOpen(true);
    seen.current = { problems: problems.length, notLoaded: notLoadedCount };
  }, [problems.length, notLoadedCount]);
  const loading = jobs.map((job) => job.fileName);
  return (
    <>
      <div className="data-summary" role="status">
        <span>
          <strong>Data:</strong> {plural(datasets.length, 'file loaded', 'files loaded')}
          {loading.length > 0 && ` · loading ${loading.join(', ')}…`}
          {problems.length > 0 && ` · ${plural(problems.length, 'problem', 'problems')}`}
          {notLoadedCount > 0 &&
            ` · ${plural(notLoadedCount, 'kept file', 'kept files')} not loaded this time`}
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
