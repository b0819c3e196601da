/** Placeholder until this view is built. */
export function BriefingView() {
  return (
    <section className="panel">
      <h2>Briefing</h2>
      <p>This view is being built.</p>
    </section>
  );
}
