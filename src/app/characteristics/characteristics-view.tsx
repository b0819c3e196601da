/** Placeholder until this view is built. */
export function CharacteristicsView() {
  return (
    <section className="panel">
      <h2>Pupil characteristics</h2>
      <p>This view is being built.</p>
    </section>
  );
}
