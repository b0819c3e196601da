import type { ComponentType } from 'react';
import { BriefingView } from './briefing/briefing-view';
import { CharacteristicsView } from './characteristics/characteristics-view';
import { LocalAuthoritiesView } from './local-authorities/local-authorities-view';
import { SqlConsoleView } from './sql-console/sql-console-view';
import { TimelineView } from './timeline-view/timeline-view';
import { TrendsEntry } from './trends/trends-entry';

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
