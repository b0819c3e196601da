import { describe, expect, test } from 'vitest';
import { buildAreaDirectory } from '../../../src/app/markers/area-directory';
import {
  draftFrom,
  draftToInput,
  errorsByField,
  KEEP_AREAS,
  type MarkerDraft,
} from '../../../src/app/markers/marker-draft';
import type { Marker } from '../../../src/timeline/event';
import { validateMarker } from '../../../src/timeline/marker-validate';

const { nameOf } = buildAreaDirectory([]);

const saved: Marker = {
  id: 'walking-bus',
  start: '2023-10-01',
  end: '2023-12-15',
  precision: 'month',
  type: 'campaign',
  title: 'Walking bus',
  organisation: 'Parents Forum',
  scope: ['North West'],
  areaCodes: ['E12000002'],
  tags: ['travel', 'primary'],
  description: 'Two routes.\nMondays and Fridays.',
  source: 'minutes of 3 October',
  confidence: 'verified',
  status: 'happened',
  origin: 'marker',
  link: 'https://example.org/walking-bus',
};

/** What saving the form does: the draft as typed, checked by the same validation as an import. */
const save = (draft: MarkerDraft, editing: Marker | null) =>
  validateMarker(draftToInput(draft, editing, nameOf), () => 'new-id');

describe('editing a marker', () => {
  test('saving the form unchanged gives the same marker back', () => {
    expect(save(draftFrom({ mode: 'edit', marker: saved }), saved)).toEqual({ ok: true, marker: saved });
  });

  test('a new start date is a day: the month precision no longer holds', () => {
    const draft = { ...draftFrom({ mode: 'edit', marker: saved }), start: '2023-10-09' };
    expect(save(draft, saved)).toMatchObject({ ok: true, marker: { start: '2023-10-09', precision: 'day' } });
  });

  test('a marker about several areas keeps them all unless another area is chosen', () => {
    const several = { ...saved, areaCodes: ['E08000012', 'E08000011'], scope: ['Liverpool', 'Knowsley'] };
    const draft = draftFrom({ mode: 'edit', marker: several });
    expect(draft.area).toBe(KEEP_AREAS);
    expect(save(draft, several)).toMatchObject({ ok: true, marker: { areaCodes: several.areaCodes } });
    expect(save({ ...draft, area: 'E12000002' }, several)).toMatchObject({
      ok: true,
      marker: { areaCodes: ['E12000002'], scope: ['North West'] },
    });
  });

  test('a marker about no area is shown as about England', () => {
    expect(draftFrom({ mode: 'edit', marker: { ...saved, areaCodes: [] } }).area).toBe('E92000001');
  });
});

describe('adding a marker', () => {
  test('a date and area picked on a chart start the form; the rest starts at its defaults', () => {
    const draft = draftFrom({ mode: 'add', start: '2024-01-08', areaCode: 'E12000002' });
    expect(draft).toMatchObject({
      start: '2024-01-08',
      area: 'E12000002',
      confidence: 'likely',
      status: 'happened',
    });
    const filled = { ...draft, title: 'Attendance week', type: 'campaign', tags: 'a; b' };
    expect(save(filled, null)).toMatchObject({
      ok: true,
      marker: { id: 'new-id', scope: ['North West'], tags: ['a', 'b'], precision: 'day', link: null },
    });
  });

  test('without a chart, the form is about England and dated by the user', () => {
    expect(draftFrom({ mode: 'add' })).toMatchObject({ start: '', area: 'E92000001' });
  });
});

describe('errors shown beside their fields', () => {
  test('each of validation\u2019s errors lands on the field the user can fix, capitalised', () => {
    const result = save({ ...draftFrom({ mode: 'add', areaCode: 'E99' }), end: 'soon' }, null);
    if (result.ok) throw new Error('an empty draft was accepted');
    const errors = errorsByField(result.errors);
    expect(Object.keys(errors).sort()).toEqual(['area', 'end', 'start', 'title', 'type']);
    expect(errors.title).toBe('Title is required');
    expect(errors.area).toMatch(/^Area code "E99"/);
  });

  test('two errors on one field are joined; errors about no field go to the form', () => {
    expect(
      errorsByField([
        { field: 'precision', message: 'precision must be day, month or year' },
        { field: 'start', message: 'start is required' },
        { field: 'id', message: 'id is odd' },
        { field: '', message: 'a marker must be an object' },
      ]),
    ).toEqual({
      start: 'Precision must be day, month or year; Start is required',
      form: 'Id is odd; A marker must be an object',
    });
  });
});
