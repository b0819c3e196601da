import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { AppNav } from './app-nav';
import { DataDrawer } from './data-drawer';
import { KeptChoicesNote } from './kept-choices-note';
import { browserDatasets } from '../data/datasets/browser-datasets';
import { openLinkedHostedSet } from '../data/hosted/browser-hosted';
import { PanelBoundary } from './panel-boundary';
import { useUrlParams } from './url-state';
import { appUrl, openedView, viewLink } from './url/app-url';
import { SharedMarkersPrompt } from './markers/shared-markers-prompt';
import { UnknownViewNote } from './unknown-view-note';
import { VIEWS } from './views';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  useEffect(() => browserDatasets.start(), []);
  const [params, setParams] = useUrlParams();
  const url = appUrl.parse(params);
  useEffect(() => openLinkedHostedSet(url.hosted), [url.hosted]);
  const opened = openedView(url);
  const view = VIEWS.find((v) => v.id === opened) ?? VIEWS[0];
  if (!view) throw new Error('No views are registered.');
  const View = view.component;
  useEffect(() => {
    document.title = `${view.label} · Attendance Lens`;
  }, [view.label]);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to the content
      </a>
      <header className="app-header">
        <h1>Attendance Lens</h1>
        <p>
          England’s school attendance and severe absence, beside what the Attendance Action Alliance and DfE
          did.
        </p>
      </header>
      <AppNav views={VIEWS} current={view.id} onNavigate={(id) => setParams(viewLink(id))} />
      <DataDrawer withPanel={view.id !== 'briefing'} />
      <main id="main" className="layout">
        <SharedMarkersPrompt />
        <KeptChoicesNote />
        <UnknownViewNote named={url.view} shown={view} views={VIEWS} />
        <PanelBoundary key={view.id} name={view.label}>
          <Suspense
            fallback={
              <p className="chart-empty" role="status">
                Opening {view.label}…
              </p>
            }
          >
            <View />
          </Suspense>
        </PanelBoundary>
      </main>
      <footer className="app-footer">
        Contains public sector information licensed under the{' '}
        <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
          Open Government Licence v3.0
        </a>
        . All data work runs in your browser; nothing you add leaves this page.
      </footer>
    </QueryClientProvider>
  );
}
