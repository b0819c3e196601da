import { NeighboursView } from './neighbours/neighbours-view';
import { useUrlParams } from './url-state';
import { neighboursOf } from './url/neighbours-url';
import { trendsUrl } from './url/trends-url';
import { TrendView } from './trends/trend-view';

/** Trends, or — when the area chosen is "… and its statistical neighbours" — the neighbours comparison. */
export function TrendsEntry() {
  const [params] = useUrlParams();
  return neighboursOf(trendsUrl.parse(params)) ? <NeighboursView /> : <TrendView />;
}
