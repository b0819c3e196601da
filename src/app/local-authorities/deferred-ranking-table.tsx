import { memo, startTransition, useEffect, useState } from 'react';
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
 * A value as it was one painted frame ago: it follows `value` in a background render started once the frame showing
 * the new value has been painted. (React's `useDeferredValue` starts that render at once, and its commit then held
 * back the paint it was meant to let through.)
 */
function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from an animation frame runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(() => value)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return shown;
}

/**
 * The ranking table a moment behind the choices: a new period or indicator redraws the chart (or map) and paints
 * it first, then the table's 150-odd rows in a background render, since laying the long table out again was most of
 * a redraw's time. While it is behind, or new figures are loading, it says so (`aria-busy`,
 * `data-ranking-state="updating"`).
 */
export function DeferredRankingTable(props: DeferredRankingTableProps) {
  // Until the frame is painted the table gets the props last drawn, whose every value is unchanged: it is skipped.
  const shown = useAfterPaint(props);
  const behind = shown !== props || !props.current;
  return (
    <div aria-busy={behind} data-ranking-state={behind ? 'updating' : 'ready'}>
      <TableOfCurrentRows {...shown} />
    </div>
  );
}
