import { lazy, type ComponentType } from 'react';
import { TrendsEntry } from './trends-entry';

// Each view but the first is a chunk of its own, fetched when it is first opened: the first chart waits for less.
const BriefingView = lazy(() =>
  import('./briefing/briefing-view').then((module) => ({ default: module.BriefingView })),
);
const CharacteristicsView = lazy(() =>
  import('./characteristics/characteristics-view').then((module) => ({
    default: module.CharacteristicsView,
  })),
);
const LocalAuthoritiesView = lazy(() =>
  import('./local-authorities/local-authorities-view').then((module) => ({
    default: module.LocalAuthoritiesView,
  })),
);
const SqlConsoleView = lazy(() =>
  import('./sql-console/sql-console-view').then((module) => ({ default: module.SqlConsoleView })),
);
const TimelineView = lazy(() =>
  import('./timeline-view/timeline-view').then((module) => ({ default: module.TimelineView })),
);

/** The app's views, in navigation order; `?view=` names one, and the first is the default. */
export interface ViewEntry {
  id: string;
  label: string;
  component: ComponentType;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'trends', label: 'Trends', component: TrendsEntry },
  { id: 'local-authorities', label: 'Local authorities', component: LocalAuthoritiesView },
  { id: 'characteristics', label: 'Pupil characteristics', component: CharacteristicsView },
  { id: 'timeline', label: 'Alliance timeline', component: TimelineView },
  { id: 'briefing', label: 'Briefing', component: BriefingView },
  { id: 'sql', label: 'SQL console', component: SqlConsoleView },
];
