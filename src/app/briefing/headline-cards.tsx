import { headlinePoints, useEnglandSeries } from './england-series';
import { SchoolsReporting } from './schools-reporting';
import {
  changeInWords,
  formatHeadline,
  headlineFigure,
  HEADLINES,
  type HeadlineChange,
  type HeadlineSpec,
} from './headline-figures';

function ChangeLine({ change, spec, kind }: { change: HeadlineChange; spec: HeadlineSpec; kind: string }) {
  if (change.change === null || change.value === null)
    return (
      <p className="headline-change no-figure" data-change={kind}>
        {change.missing}
      </p>
    );
  return (
    <p className="headline-change" data-change={kind}>
      <strong>{changeInWords(change.change, spec)}</strong> on {change.against} (
      {formatHeadline(change.value, spec)})
    </p>
  );
}

/** One headline, with its own query: placeholder data then carries it over a reload of the tables. */
function HeadlineCard({ spec }: { spec: HeadlineSpec }) {
  const { query, rows } = useEnglandSeries(spec.datasetId, spec.indicator);
  const figure = headlineFigure(spec, headlinePoints(rows));
  const { latest } = figure;
  const ready = query.isSuccess && latest !== null;
  return (
    <article className="headline" data-headline={spec.indicator} data-state={ready ? 'ready' : 'loading'}>
      <h3>{spec.label}</h3>
      {latest ? (
        <>
          <p className="headline-value">
            <span data-testid="headline-value">{formatHeadline(latest.value, spec)}</span>{' '}
            <span className="headline-period">in {latest.period}</span>
          </p>
          {figure.previousYear && <ChangeLine change={figure.previousYear} spec={spec} kind="previous" />}
          {figure.baseline && <ChangeLine change={figure.baseline} spec={spec} kind="baseline" />}
        </>
      ) : (
        <p className="chart-empty">
          {query.isError ? `The query failed: ${query.error.message}` : 'Loading…'}
        </p>
      )}
      <p className="source">{spec.source}</p>
      {spec.countsSchools && <SchoolsReporting datasetId={spec.datasetId} indicator={spec.indicator} />}
    </article>
  );
}

/** England's latest severe, persistent and overall absence and attendance, each against last year and 2018/19. */
export function HeadlineFigures() {
  return (
    <section aria-labelledby="headline-title" className="headlines">
      <h3 id="headline-title" className="visually-hidden">
        Headline figures for England
      </h3>
      <div className="headline-grid">
        {HEADLINES.map((spec) => (
          <HeadlineCard key={spec.indicator} spec={spec} />
        ))}
      </div>
      <p className="hint">
        England, all state-funded schools. Changes are taken between the figures as published (rounded) and
        given in percentage points. Absence figures are from the annual census of full years; attendance is
        from the daily register collection, which began in 2022/23, so it has no 2018/19 figure.
      </p>
    </section>
  );
}
