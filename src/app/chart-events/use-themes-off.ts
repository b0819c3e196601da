import { useCallback, useMemo } from 'react';
import { parseThemesOff, serialiseThemesOff, type EventThemeId } from '../../timeline/event-themes';
import { toggled } from '../use-hidden-lines';
import { useUrlParams } from '../url-state';
import { appUrl } from '../url/app-url';

/** The URL's themes-off value after one switch flips one theme (null: none off, the parameter goes). */
export const themesOffAfter = (off: ReadonlySet<EventThemeId>, id: EventThemeId): string | null =>
  serialiseThemesOff(toggled(off, id));

/** The event themes switched off, kept in the URL so a link shows the same chart; one switch flips one theme. */
export function useThemesOff(): [ReadonlySet<EventThemeId>, (id: EventThemeId) => void] {
  const [params, setParams] = useUrlParams();
  const value = appUrl.parse(params).themesOff;
  const off = useMemo(() => parseThemesOff(value), [value]);
  const toggle = useCallback(
    // Replace rather than push: a switch is a view setting, not a place to go back to.
    (id: EventThemeId) => setParams(appUrl.write({ themesOff: themesOffAfter(off, id) ?? undefined }), true),
    [off, setParams],
  );
  return [off, toggle];
}
