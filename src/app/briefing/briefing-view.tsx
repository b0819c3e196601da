import { useMemo, useState, type MouseEvent } from 'react';
import { EventAnalysis } from './before-after/event-analysis';
import { useNeededDatasets } from '../../queries/use-datasets';
import { curatedEvents } from '../../timeline/curated-events';
import { useMarkers } from '../markers/use-markers';
import { useUrlParams } from '../url-state';
import { briefingUrl } from '../url/briefing-url';
import { trendsHref, trendsLink } from '../url/trends-url';
import { BriefingChart } from './briefing-chart';
import { highlightedEvents } from './briefing-themes';
import { BriefingSummary } from './briefing-summary';
import { EXPLORE, useEnglandSeries } from './england-series';
import { HighlightedEvents } from './highlighted-events';
import { HeadlineFigures } from './headline-cards';
import './briefing.css';

const EXPLORE_HREF = trendsHref(EXPLORE);
// The briefing's own keys, and trends choices that belong to other data (a term, a period range), are cleared.
const EXPLORE_LINK = {
  ...briefingUrl.clear(),
  ...trendsLink({ ...EXPLORE, term: undefined, from: undefined, to: undefined, multiples: false }),
};

/** A one-page briefing for ministers (it prints on A4 landscape), then a before-and-after tool for any event. */
export function BriefingView() {
  // The headlines include attendance, from a file otherwise loaded when the user pauses.
  useNeededDatasets('all');
  const [, setParams] = useUrlParams();
  const { markers } = useMarkers();
  const events = useMemo(() => [...curatedEvents, ...markers], [markers]);
  const highlighted = useMemo(() => highlightedEvents(curatedEvents), []);
  const severe = useEnglandSeries(EXPLORE.dataset, EXPLORE.indicator);
  const chartEnd = severe.rows.at(-1)?.period_end ?? '';
  // The event pointed at in the list under the chart, lit up on the chart.
  const [pointed, setPointed] = useState<string | null>(null);
  const explore = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setParams(EXPLORE_LINK);
  };
  return (
    <section aria-labelledby="briefing-title" className="panel briefing">
      <header className="briefing-header">
        <h2 id="briefing-title">Briefing: school attendance and severe absence in England</h2>
        <div className="briefing-actions">
          <a href={EXPLORE_HREF} onClick={explore}>
            Open in the explore view
          </a>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
        </div>
      </header>
      <HeadlineFigures />
      <div className="briefing-body">
        <BriefingChart events={highlighted} pointed={pointed} />
        <BriefingSummary events={events} />
      </div>
      {chartEnd && <HighlightedEvents events={highlighted} until={chartEnd} onPoint={setPointed} />}
      <p className="source briefing-source">
        Sources: DfE, “Pupil absence in schools in England” and “Pupil attendance in schools” (Open Government
        Licence v3.0); the Attendance Action Alliance timeline curated for this tool.
      </p>
      <EventAnalysis events={events} />
    </section>
  );
}
