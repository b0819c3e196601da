import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTimelineCsv } from '../../src/timeline/parse-timeline-csv';

// The curated file ships with the app; a row that fails here would silently vanish from every chart.
const text = readFileSync(new URL('../../data/timeline.csv', import.meta.url), 'utf8');
const { events, errors } = parseTimelineCsv(text);
const byId = new Map(events.map((event) => [event.id, event]));

describe('data/timeline.csv', () => {
  test('validates with zero errors', () => {
    expect(errors).toEqual([]);
    expect(events.length).toBeGreaterThanOrEqual(60);
  });

  test('seed events cite a seed file and section', () => {
    const seeds = events.filter((event) => event.confidence === 'seed');
    expect(seeds.length).toBeGreaterThan(30);
    for (const event of seeds)
      expect(event.source, event.id).toMatch(/alliance-meeting-\d{4}-\d{2}-\d{2}\.txt/);
  });

  test('every action names its owner', () => {
    for (const event of events.filter((e) => e.type === 'action'))
      expect(event.organisation, event.id).not.toBe('');
  });

  test.each([
    // id, start, end, precision, area code count
    ['2022-03-alliance-meeting', '2022-03-01', '2022-03-31', 'month', 1],
    ['2022-03-16-yef-eef-grant-round', '2022-03-16', '2022-05-16', 'day', 2],
    ['2022-04-28-alliance-meeting', '2022-04-28', null, 'day', 1],
    ['2022-middlesbrough-mentors-pilot', '2022-01-01', '2022-12-31', 'year', 1],
    ['2024-01-08-moments-matter-campaign', '2024-01-08', '2024-03-31', 'day', 1],
    ['2024-05-21-gm-local-alliance', '2024-05-21', null, 'day', 10],
    ['2025-03-mentors-ten-areas', '2025-03-01', '2025-03-31', 'month', 10],
  ] as const)('%s spans %s to %s (%s), %i area codes', (id, start, end, precision, codes) => {
    const event = byId.get(id);
    expect(event).toMatchObject({ start, end, precision });
    expect(event?.areaCodes).toHaveLength(codes);
  });

  test.each([
    // The seed notes assign one action to two owners; the timeline keeps one owner per action.
    ['2024-05-21-action-junior-citizens-trust', 'Police'],
    ['2024-05-21-action-send-family-comms', 'National Network of Parent Carer Forums'],
    ['2022-04-28-action-eef-yef-early-insight', 'EEF and YEF'],
  ])('%s is owned by %s', (id, organisation) => {
    expect(byId.get(id)?.organisation).toBe(organisation);
  });
});

// Issue #11: plans from the April 2022 notes read as events that happened; guidance was tagged statutory too early.
describe('status and statutory dates (issue #11)', () => {
  test.each([
    ['2022-09-back-to-school-campaign', 'planned'],
    ['2022-07-school-choices-launch', 'planned'],
    ['2023-02-yef-eef-grants-confirmed', 'planned'],
    ['2023-09-eef-yef-projects-begin', 'planned'],
    ['2022-05-19-alliance-meeting-planned', 'planned'],
    ['2022-04-28-action-campaign-partners', 'planned'],
    ['2024-09-back-to-school-comms', 'planned'],
    ['2025-03-mentors-ten-areas', 'unknown'],
    ['2022-04-28-alliance-meeting', 'happened'],
    ['2024-01-08-moments-matter-campaign', 'happened'],
    ['2022-middlesbrough-mentors-pilot', 'happened'],
    // Issue #26: the April 2022 notes call the police pledge "under development … will be focusing on".
    ['2022-04-28-police-pledge', 'planned'],
  ])('%s is %s', (id, status) => {
    expect(byId.get(id)?.status).toBe(status);
  });

  test('no planned event has a title that states it as done', () => {
    for (const event of events.filter((e) => e.status === 'planned'))
      expect(event.title, event.id).not.toMatch(/(?<!to be )\b(confirmed|begins|launched)\b/i);
  });

  // Issue #26: titles carry the source's words; the status is said once, by the app, never twice.
  test('no title states its own status or a briefing the source does not record', () => {
    for (const event of events)
      expect(event.title, event.id).not.toMatch(/\((planned|may not have happened)\)|officers briefed/i);
    expect(byId.get('2022-04-28-police-pledge')?.title).toMatch(/under development/);
  });

  test('nothing is tagged statutory guidance before it became statutory on 19 August 2024', () => {
    const early = events.filter((e) => e.tags.includes('statutory-guidance') && e.start < '2024-08-19');
    expect(early.map((e) => e.id)).toEqual([]);
    expect(byId.get('2024-02-29-working-together-revised')?.tags).toContain('guidance');
  });
});
