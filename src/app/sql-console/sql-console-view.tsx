/** Placeholder until this view is built. */
export function SqlConsoleView() {
  return (
    <section className="panel">
      <h2>SQL console</h2>
      <p>This view is being built.</p>
    </section>
  );
}
