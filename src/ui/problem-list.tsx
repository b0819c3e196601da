export interface Problem {
  key: string;
  message: string;
}

/** Errors the user must see: announced at once, each dismissable, none hiding the others. */
export function ProblemList({
  problems,
  onDismiss,
}: {
  problems: readonly Problem[];
  onDismiss: (key: string) => void;
}) {
  if (!problems.length) return null;
  return (
    <div className="problems" role="alert">
      <h2>Could not load</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key} data-testid="load-error">
            <p>{problem.message}</p>
            <button type="button" onClick={() => onDismiss(problem.key)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      <p className="hint">Everything loaded before is still here.</p>
    </div>
  );
}
