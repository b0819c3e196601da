import { useCallback, useMemo } from 'react';
import {
  parseThemesOff,
  serialiseThemesOff,
  THEMES_OFF_PARAM,
  type EventThemeId,
} from '../../timeline/event-themes';
import { useUrlParams } from '../url-state';

/** The event themes switched off, kept in the URL so a link shows the same chart; one switch flips one theme. */
export function useThemesOff(): [ReadonlySet<EventThemeId>, (id: EventThemeId) => void] {
  const [params, setParams] = useUrlParams();
  const value = params[THEMES_OFF_PARAM];
  const off = useMemo(() => parseThemesOff(value), [value]);
  const toggle = useCallback(
    (id: EventThemeId) => {
      const next = new Set(off);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      // Replace rather than push: a switch is a view setting, not a place to go back to.
      setParams({ [THEMES_OFF_PARAM]: serialiseThemesOff(next) }, true);
    },
    [off, setParams],
  );
  return [off, toggle];
}
