import type { TimelineEvent } from '../../timeline/event';
import { MethodNotes, TIMING_NOT_CAUSE } from './before-after/method-notes';
import { briefingSummary } from './briefing-model';
import { EXPLORE, useEnglandSeries } from './england-series';

/** Plain English written from the figures and the timeline: what changed and when things happened, never why. */
export function BriefingSummary({ events }: { events: readonly TimelineEvent[] }) {
  const { query, rows } = useEnglandSeries(EXPLORE.dataset, EXPLORE.indicator);
  const summary = query.isSuccess ? briefingSummary(rows, events) : null;
  if (!summary) return <p className="chart-empty">Writing the summary once the figures have loaded…</p>;
  const { latest, longer } = summary;
  return (
    <section aria-labelledby="summary-title" className="briefing-summary">
      <h3 id="summary-title">Summary</h3>
      <div data-testid="briefing-summary">
        {[latest, longer].map((answer, index) =>
          answer.ok ? <p key={index}>{answer.text}</p> : <p key={index}>{answer.reason}</p>,
        )}
        <p>
          <strong>{TIMING_NOT_CAUSE}</strong> Many things changed over these years, including the pandemic and
          its after-effects; these figures cannot separate them.
        </p>
      </div>
      {longer.ok && <MethodNotes answer={longer} />}
    </section>
  );
}
