import { ENGLAND_CODE, joinList, type Marker } from '../../timeline/event';
import type { FieldError } from '../../timeline/marker-validate';

/** Why the form opened: to add a marker (perhaps at a date picked on a chart) or to edit one. */
export type MarkerRequest =
  { mode: 'add'; start?: string; areaCode?: string } | { mode: 'edit'; marker: Marker };

/** The form's fields as typed; validateMarker decides whether they make a marker. */
export interface MarkerDraft {
  title: string;
  start: string;
  end: string;
  type: string;
  area: string;
  confidence: string;
  status: string;
  organisation: string;
  description: string;
  link: string;
  tags: string;
}

export type DraftField = keyof MarkerDraft;

/** The area select's value for an imported marker about several areas, which the select cannot list. */
export const KEEP_AREAS = 'keep';

export function draftFrom(request: MarkerRequest): MarkerDraft {
  if (request.mode === 'add') {
    return {
      title: '',
      start: request.start ?? '',
      end: '',
      type: '',
      area: request.areaCode ?? ENGLAND_CODE,
      confidence: 'likely',
      status: 'happened',
      organisation: '',
      description: '',
      link: '',
      tags: '',
    };
  }
  const { marker } = request;
  const [only, ...more] = marker.areaCodes;
  return {
    title: marker.title,
    start: marker.start,
    end: marker.end ?? '',
    type: marker.type,
    area: only === undefined ? ENGLAND_CODE : more.length === 0 ? only : KEEP_AREAS,
    confidence: marker.confidence,
    status: marker.status,
    organisation: marker.organisation,
    description: marker.description,
    link: marker.link ?? '',
    tags: joinList(marker.tags),
  };
}

/** What the form hands to validateMarker; an edited marker keeps its id, source and (unless redated) precision. */
export function draftToInput(draft: MarkerDraft, editing: Marker | null, nameOf: (code: string) => string) {
  const keep = draft.area === KEEP_AREAS && editing !== null;
  return {
    id: editing?.id ?? '',
    start: draft.start,
    end: draft.end,
    precision: editing && editing.start === draft.start ? editing.precision : 'day',
    type: draft.type,
    title: draft.title,
    organisation: draft.organisation,
    description: draft.description,
    source: editing?.source ?? '',
    link: draft.link,
    tags: draft.tags,
    confidence: draft.confidence,
    status: draft.status,
    areaCodes: keep ? editing.areaCodes : [draft.area],
    scope: keep ? editing.scope : [nameOf(draft.area)],
  };
}

const FIELD_OF: Record<string, DraftField> = { areaCodes: 'area', scope: 'area', precision: 'start' };

/** validateMarker's errors by form field; errors about no field (or a hidden one) go under `form`. */
export function errorsByField(errors: readonly FieldError[]): Partial<Record<DraftField | 'form', string>> {
  const result: Partial<Record<DraftField | 'form', string>> = {};
  const fields = new Set<string>([
    'title',
    'start',
    'end',
    'type',
    'confidence',
    'status',
    'organisation',
    'description',
    'link',
    'tags',
  ]);
  for (const error of errors) {
    const field = FIELD_OF[error.field] ?? (fields.has(error.field) ? (error.field as DraftField) : 'form');
    const message = error.message.charAt(0).toUpperCase() + error.message.slice(1);
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}
