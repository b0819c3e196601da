/** A gap in a table cell: a dash to see, the reason in a tooltip and in words for screen readers. */
export function MissingCell({ reason }: { reason: string }) {
  return (
    <span className="gap" title={reason}>
      — <span className="visually-hidden">{reason}</span>
    </span>
  );
}
