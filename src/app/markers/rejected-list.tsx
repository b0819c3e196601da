import type { RejectedRow } from '../../timeline/marker-import';

/** Each row or item an import or share link left out, with where it is ("Line 7", "Item 3") and why. */
export function RejectedList({ rejected }: { rejected: readonly RejectedRow[] }) {
  return (
    <ul className="import-rejected">
      {rejected.map((row, index) => (
        <li key={index}>
          {row.place.charAt(0).toUpperCase() + row.place.slice(1)}: {row.reason}
        </li>
      ))}
    </ul>
  );
}
