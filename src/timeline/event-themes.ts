import type { TimelineEvent } from './event';
import type { MergedEvents } from './merge-events';

/** The groups a chart's events are shown in: one row each in the strip under the chart, switched on and off. */
export const EVENT_THEME_IDS = [
  'campaigns',
  'hubs',
  'mentors',
  'guidance',
  'alliance',
  'funding-data',
  'markers',
] as const;
export type EventThemeId = (typeof EVENT_THEME_IDS)[number];

export type ThemeSymbol = 'triangle' | 'circle' | 'square' | 'diamond' | 'hexagon' | 'bar' | 'star';

export interface EventTheme {
  id: EventThemeId;
  /** On the theme's switch and in the legend. */
  label: string;
  /** Beside the theme's row of the strip, where there is little room. */
  short: string;
  /** "3 campaign events": what a group of close events is called. */
  noun: [one: string, many: string];
  symbol: ThemeSymbol;
  colour: string;
}

/** Colours from the Okabe–Ito palette (safe for colour-blind readers); the symbol tells the themes apart too. */
export const EVENT_THEMES: readonly EventTheme[] = [
  {
    id: 'campaigns',
    label: 'Campaigns',
    short: 'Campaigns',
    noun: ['campaign event', 'campaign events'],
    symbol: 'triangle',
    colour: '#D55E00',
  },
  {
    id: 'hubs',
    label: 'Attendance hubs',
    short: 'Hubs',
    noun: ['hub event', 'hub events'],
    symbol: 'circle',
    colour: '#0072B2',
  },
  {
    id: 'mentors',
    label: 'Attendance mentors',
    short: 'Mentors',
    noun: ['mentor event', 'mentor events'],
    symbol: 'square',
    colour: '#007A5E',
  },
  {
    id: 'guidance',
    label: 'Guidance',
    short: 'Guidance',
    noun: ['guidance event', 'guidance events'],
    symbol: 'diamond',
    colour: '#7B4FA0',
  },
  {
    id: 'alliance',
    label: 'Alliance meetings and pledges',
    short: 'Alliance',
    noun: ['alliance event', 'alliance events'],
    symbol: 'hexagon',
    colour: '#505A5F',
  },
  {
    id: 'funding-data',
    label: 'Funding and data',
    short: 'Funding, data',
    noun: ['funding or data event', 'funding or data events'],
    symbol: 'bar',
    colour: '#8A6D00',
  },
  {
    id: 'markers',
    label: 'Your markers',
    short: 'Your markers',
    noun: ['marker', 'markers'],
    symbol: 'star',
    colour: '#0B0C0C',
  },
];

const BY_ID = new Map(EVENT_THEMES.map((theme) => [theme.id, theme]));

export function eventTheme(id: EventThemeId): EventTheme {
  const theme = BY_ID.get(id);
  if (!theme) throw new Error(`unknown event theme ${id}`);
  return theme;
}

const CAMPAIGN_TAGS = ['campaign', 'back-to-school', 'comms'];
const FUNDING_DATA_TAGS = ['daily-data', 'evidence', 'eef-yef', 'funding', 'annual-statistics'];

/**
 * Which theme an event belongs to. The kind of event decides first for campaigns, guidance and meetings; then the
 * programme it serves (hubs, mentors, a campaign); then funding and data; anything else the alliance did (pledges,
 * actions, publications) sits with its meetings. A member's marker is always "your markers".
 */
export function themeIdOf(event: Pick<TimelineEvent, 'origin' | 'type' | 'tags'>): EventThemeId {
  if (event.origin === 'marker') return 'markers';
  const has = (tags: readonly string[]) => event.tags.some((tag) => tags.includes(tag));
  if (event.type === 'campaign') return 'campaigns';
  if (event.type === 'guidance') return 'guidance';
  if (event.type === 'meeting') return 'alliance';
  if (has(['hubs'])) return 'hubs';
  if (has(['mentors'])) return 'mentors';
  if (has(CAMPAIGN_TAGS)) return 'campaigns';
  if (event.type === 'funding' || event.type === 'data-release' || has(FUNDING_DATA_TAGS))
    return 'funding-data';
  if (has(['statutory-guidance', 'penalty-notices'])) return 'guidance';
  return 'alliance';
}

/** The URL holds the themes switched off (`ev.off=alliance.funding-data`), so a plain link shows them all. */
export const THEMES_OFF_PARAM = 'ev.off';

export function parseThemesOff(value: string | undefined): ReadonlySet<EventThemeId> {
  const ids = (value ?? '').split('.');
  return new Set(EVENT_THEME_IDS.filter((id) => ids.includes(id)));
}

export function serialiseThemesOff(off: ReadonlySet<EventThemeId>): string | null {
  const ids = EVENT_THEME_IDS.filter((id) => off.has(id));
  return ids.length ? ids.join('.') : null;
}

/** The events of the themes still switched on; a date left with no event is dropped. */
export function withoutThemes<T extends TimelineEvent>(
  merged: MergedEvents<T>,
  off: ReadonlySet<EventThemeId>,
): MergedEvents<T> {
  if (off.size === 0) return merged;
  const shown = (event: T) => !off.has(themeIdOf(event));
  return {
    points: merged.points
      .map((point) => ({ date: point.date, events: point.events.filter(shown) }))
      .filter((point) => point.events.length > 0),
    bands: merged.bands.filter((band) => shown(band.event)),
  };
}

/** The themes with at least one event in a chart's period. */
export function themesPresent(merged: MergedEvents): ReadonlySet<EventThemeId> {
  return new Set([
    ...merged.points.flatMap((point) => point.events.map(themeIdOf)),
    ...merged.bands.map((band) => themeIdOf(band.event)),
  ]);
}
