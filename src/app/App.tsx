import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { DataPanel } from './data-panel';
import { startDefaultLoads } from './datasets/dataset-store';
import { PanelBoundary } from './panel-boundary';
import { TrendView } from './trends/trend-view';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

export function App() {
  useEffect(() => startDefaultLoads(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to the chart
      </a>
      <header className="app-header">
        <h1>Attendance Lens</h1>
        <p>
          England’s school attendance and severe absence, beside what the Attendance Action Alliance and DfE
          did.
        </p>
      </header>
      <main id="main" className="layout">
        <PanelBoundary name="trends">
          <TrendView />
        </PanelBoundary>
        <PanelBoundary name="data">
          <DataPanel />
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
