import { describeTiming } from '../../analysis/describe-timing';
import type { TimelineEvent } from '../../timeline/event';
import { MethodNotes, TIMING_NOT_CAUSE } from './before-after/method-notes';
import { summaryEvents } from './briefing-themes';
import { EXPLORE, headlinePoints, useEnglandSeries } from './england-series';
import { BASELINE_YEAR } from './headline-figures';

const BASELINE = `${BASELINE_YEAR}/${String((BASELINE_YEAR + 1) % 100).padStart(2, '0')}`;

/** Plain English written from the figures and the timeline: what changed and when things happened, never why. */
export function BriefingSummary({ events }: { events: readonly TimelineEvent[] }) {
  const { query, rows } = useEnglandSeries(EXPLORE.dataset, EXPLORE.indicator);
  const series = headlinePoints(rows)
    .filter((p) => p.start !== null)
    .map((p) => ({ period: p.period, start: p.start ?? '', value: p.value }));
  if (!query.isSuccess || series.length === 0)
    return <p className="chart-empty">Writing the summary once the figures have loaded…</p>;
  const base = { indicator: 'Severe absence', unit: 'percent' as const, series };
  const latest = describeTiming({ ...base, events: [] });
  const longer = describeTiming({ ...base, events: summaryEvents(events), from: BASELINE });
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
