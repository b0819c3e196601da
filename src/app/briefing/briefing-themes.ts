import type { TimingEvent } from '../../analysis/describe-timing';
import { eventDate } from './before-after/analysis-series';
import type { TimelineEvent } from '../../timeline/event';

/** What the briefing highlights: the programmes a minister asks about, each drawn in its own colour and dash. */
export interface BriefingTheme {
  tag: string;
  label: string;
  colour: string;
  dash: string;
  /** For the summary: which events stand for the theme, how they read in a sentence, and the verbs. */
  represents: (event: TimelineEvent) => boolean;
  noun: string;
  verb: string;
  /** The noun for a pilot, which its source supports rather than a full opening: "an attendance hub pilot". */
  pilotNoun: string;
  /** The plan, for an event that was only planned: "to begin". */
  plannedVerb: string;
}

/** Kinds of event that put something in front of schools or families (not meetings, actions or funding rounds). */
const DELIVERED: ReadonlySet<string> = new Set(['campaign', 'intervention', 'guidance']);

export const THEMES: readonly BriefingTheme[] = [
  {
    tag: 'campaign',
    label: 'Campaigns',
    colour: '#D55E00',
    dash: '',
    represents: (event) => event.type === 'campaign',
    noun: 'a national attendance campaign',
    verb: 'began',
    pilotNoun: 'a national attendance campaign pilot',
    plannedVerb: 'to begin',
  },
  {
    tag: 'hubs',
    label: 'Attendance hubs',
    colour: '#0072B2',
    dash: '6 3',
    represents: (event) => event.type === 'intervention',
    noun: 'an attendance hub',
    verb: 'opened',
    pilotNoun: 'an attendance hub pilot',
    plannedVerb: 'to open',
  },
  {
    tag: 'mentors',
    label: 'Attendance mentors',
    colour: '#009E73',
    dash: '2 3',
    represents: (event) => event.type === 'intervention',
    noun: 'attendance mentors',
    verb: 'began',
    pilotNoun: 'an attendance mentors pilot',
    plannedVerb: 'to begin',
  },
  {
    tag: 'statutory-guidance',
    label: 'Statutory guidance',
    colour: '#7b4fa0',
    dash: '10 4 2 4',
    represents: (event) => event.type === 'guidance' && /statutory/i.test(event.title),
    noun: 'attendance guidance',
    verb: 'became statutory',
    pilotNoun: 'attendance guidance',
    plannedVerb: 'to become statutory',
  },
];

export function themeOf(event: TimelineEvent): BriefingTheme | undefined {
  return THEMES.find((theme) => event.tags.includes(theme.tag));
}

/** Curated events of the four programmes that delivered something, in date order. */
export function highlightedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .filter(
      (event) => event.origin === 'curated' && DELIVERED.has(event.type) && themeOf(event) !== undefined,
    )
    .sort((a, b) => a.start.localeCompare(b.start));
}

function timingEvent(event: TimelineEvent, theme: BriefingTheme): TimingEvent {
  const local = event.scope.includes('England') ? '' : ` (${event.scope.join(', ')})`;
  const pilot = /\bpilot\b/i.test(event.title);
  return {
    date: eventDate(event),
    name: `${pilot ? theme.pilotNoun : theme.noun}${local}`,
    verb: pilot ? 'began' : theme.verb,
    plannedVerb: theme.plannedVerb,
    status: event.status,
    likely: event.confidence === 'likely',
  };
}

/**
 * The summary's events, each sentence carrying its event's status and confidence: per theme, the earliest event
 * that happened, and before it any earlier event that was only planned or is unsettled (said as such). Nothing is
 * called "the first": the timeline records what the sources record, not everything that ever happened.
 */
export function summaryEvents(events: readonly TimelineEvent[]): TimingEvent[] {
  const sorted = [...events]
    .filter((e) => e.origin === 'curated')
    .sort((a, b) => a.start.localeCompare(b.start));
  return THEMES.flatMap((theme) => {
    const candidates = sorted.filter((e) => e.tags.includes(theme.tag) && theme.represents(e));
    const happened = candidates.find((e) => e.status === 'happened');
    const earlier = candidates.find(
      (e) => e.status !== 'happened' && (!happened || e.start < happened.start),
    );
    return [earlier, happened].flatMap((event) => (event ? [timingEvent(event, theme)] : []));
  });
}
