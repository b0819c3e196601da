/** Placeholder until this view is built. */
export function TimelineView() {
  return (
    <section className="panel">
      <h2>Alliance timeline</h2>
      <p>This view is being built.</p>
    </section>
  );
}
