import { NeighboursView } from '../neighbours/neighbours-view';
import { useUrlParams } from '../url-state';
import { geoOf } from '../url/geo-code';
import { TrendView } from './trend-view';

/** Trends, or — when the area chosen is "… and its statistical neighbours" — the neighbours comparison. */
export function TrendsEntry() {
  const [params] = useUrlParams();
  return geoOf(params.geo, 'neighbours') ? <NeighboursView /> : <TrendView />;
}
