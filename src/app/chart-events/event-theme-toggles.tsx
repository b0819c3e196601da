import { EVENT_THEMES, type EventThemeId } from '../../timeline/event-themes';
import { ThemeSymbol } from './theme-symbol';

export interface EventThemeTogglesProps {
  off: ReadonlySet<EventThemeId>;
  onToggle: (id: EventThemeId) => void;
  /** The themes with events in this chart's period: only they are listed. */
  present: ReadonlySet<EventThemeId>;
}

/** The strip's legend, which is also its switches: each theme's symbol and name, pressed while it is shown. */
export function EventThemeToggles({ off, onToggle, present }: EventThemeTogglesProps) {
  return (
    <div className="event-themes" role="group" aria-label="Event themes shown on the chart">
      {EVENT_THEMES.filter((theme) => present.has(theme.id)).map((theme) => {
        const shown = !off.has(theme.id);
        return (
          <button
            key={theme.id}
            type="button"
            aria-pressed={shown}
            className={shown ? undefined : 'theme-off'}
            data-theme={theme.id}
            onClick={() => onToggle(theme.id)}
          >
            <ThemeSymbol shape={theme.symbol} colour={theme.colour} />
            {theme.label}
          </button>
        );
      })}
    </div>
  );
}
