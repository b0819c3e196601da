import { memo, useDeferredValue } from 'react';
import { RankingTable, type RankingTableProps } from './ranking-table';

export interface DeferredRankingTableProps extends RankingTableProps {
  /** The rows answer the choices made (false while the query for new choices runs and the old rows stand in). */
  current: boolean;
}

const sameValues = (a: object, b: object) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(([key, value]) => Object.is(value, (b as Record<string, unknown>)[key]));

/**
 * Rendered again only for rows that answer the choices made, and only when something changed: a new caption over
 * the old rows while a query runs would only have the long table laid out twice.
 */
const TableOfCurrentRows = memo(
  function TableOfCurrentRows({ current: _current, ...props }: DeferredRankingTableProps) {
    return <RankingTable {...props} />;
  },
  (previous, next) => !next.current || sameValues(previous, next),
);

/**
 * The ranking table a moment behind the choices: a new period or indicator redraws the chart (or map) first and
 * the table's 150-odd rows in a background render just after, since laying the long table out again was most of
 * a redraw's frame. While it is behind, or new figures are loading, it says so (`aria-busy`,
 * `data-ranking-state="updating"`).
 */
export function DeferredRankingTable(props: DeferredRankingTableProps) {
  // The urgent render gets the props last drawn, whose every value is unchanged, so the table is skipped.
  const shown = useDeferredValue(props);
  const behind = shown !== props || !props.current;
  return (
    <div aria-busy={behind} data-ranking-state={behind ? 'updating' : 'ready'}>
      <TableOfCurrentRows {...shown} />
    </div>
  );
}
