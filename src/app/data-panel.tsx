import { useRef } from 'react';
import { datasetSummary } from '../data/catalogue';
import { notLoaded } from '../data/datasets/stored-files';
import { FileDrop } from '../ui/file-drop';
import { LoadProgress } from '../ui/load-progress';
import { ProblemList } from '../ui/problem-list';
import { browserDatasets } from '../data/datasets/browser-datasets';
import { KeptFilesNotLoaded } from './kept-files-not-loaded';
import { KeptFileSize, KeptStorageTotal } from './kept-storage';
import { useDatasets } from '../queries/use-datasets';
import { useUrlParams } from './url-state';
import { trendsLink } from './url/trends-url';

const onFiles = (files: File[]) => void browserDatasets.addFiles(files);

/** What is loaded, what is loading, what could not be loaded, and kept files not loaded this time. */
export function DataPanel() {
  const { datasets, jobs, problems, removing, savedFiles } = useDatasets();
  const [, setParams] = useUrlParams();
  const heading = useRef<HTMLHeadingElement>(null);
  // The pressed button goes with its file; focus stays in the panel rather than falling to the page.
  const then = (act: (id: string) => unknown) => (id: string) => {
    heading.current?.focus();
    void act(id);
  };
  const chart = (id: string) =>
    setParams(
      trendsLink({
        dataset: id,
        indicator: undefined,
        concept: undefined,
        phase: undefined,
        geo: undefined,
        from: undefined,
        to: undefined,
        term: undefined,
      }),
    );
  return (
    <section aria-labelledby="data-title" className="panel data-panel">
      <h2 id="data-title" ref={heading} tabIndex={-1}>
        Data
      </h2>
      <FileDrop onFiles={onFiles}>
        <p className="hint">
          Added files are kept in this browser, and load again next time, until you remove them.
        </p>
      </FileDrop>
      <KeptStorageTotal files={savedFiles} />
      <LoadProgress items={jobs} onCancel={browserDatasets.cancel} />
      <ProblemList problems={problems} onDismiss={browserDatasets.dismissProblem} />
      <KeptFilesNotLoaded
        files={notLoaded(savedFiles)}
        onLoadAgain={then(browserDatasets.loadAgain)}
        onRemove={then(browserDatasets.remove)}
      />
      <ul className="dataset-list" aria-label="Loaded data">
        {datasets.map((d) => {
          const kept = savedFiles?.find((f) => f.id === d.id);
          return (
            <li key={d.id} data-dataset-id={d.id}>
              <h3>{d.title}</h3>
              <p>
                <span className="file-name">{d.fileName}</span> · {datasetSummary(d)}
              </p>
              <p>
                Levels: {d.levels.join(', ') || 'none'} · {d.indicators.length} indicators
                {d.unknownPeriods.length > 0 &&
                  ` · ${d.unknownPeriods.length} periods not recognised (${d.unknownPeriods.slice(0, 3).join(', ')})`}
              </p>
              {d.source && <p className="source">Source: {d.source}</p>}
              {kept && <KeptFileSize file={kept} />}
              <button type="button" onClick={() => chart(d.id)}>
                Chart <span className="visually-hidden">{d.title}</span>
              </button>{' '}
              {d.origin === 'user' && !removing.includes(d.id) && (
                <button type="button" onClick={() => void browserDatasets.remove(d.id)}>
                  Remove <span className="visually-hidden">{d.fileName}</span>
                </button>
              )}
              {removing.includes(d.id) && (
                <span role="status" className="hint">
                  {jobs[0] ? `Will be removed when the load of ${jobs[0].fileName} stops.` : 'Removing…'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
