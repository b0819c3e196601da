import type { Explanation } from '../../../analysis/analysis-types';

export interface MethodNotesProps {
  answer: Explanation;
  /** Notes the view adds about its own choices (the window, the comparison areas). */
  extra?: readonly string[];
  /** Open by default on screen; printed either way. */
  open?: boolean;
}

/** Every analysis shows how it was done, what it assumes and what a reader must keep in mind. */
export function MethodNotes({ answer, extra = [], open = false }: MethodNotesProps) {
  const caveats = [...extra, ...answer.caveats];
  return (
    <details className="method-notes" open={open}>
      <summary>Method, assumptions and caveats</summary>
      <h4>Method</h4>
      <p>{answer.method}</p>
      {answer.assumptions.length > 0 && (
        <>
          <h4>Assumptions</h4>
          <ul>
            {answer.assumptions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {caveats.length > 0 && (
        <>
          <h4>Caveats</h4>
          <ul>
            {caveats.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

/** Wherever a conclusion is drawn, this sentence stands beside it. */
export const TIMING_NOT_CAUSE = 'An event beside a line is timing, not proof of cause.';

export function TimingNotCause() {
  return <p className="timing-note">{TIMING_NOT_CAUSE}</p>;
}
