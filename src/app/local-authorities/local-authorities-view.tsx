/** Placeholder until this view is built. */
export function LocalAuthoritiesView() {
  return (
    <section className="panel">
      <h2>Local authorities</h2>
      <p>This view is being built.</p>
    </section>
  );
}
