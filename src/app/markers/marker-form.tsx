import { useEffect, useId, useRef, useState, type ReactElement, type SyntheticEvent } from 'react';
import { formatEventDate, typeLabel } from '../chart-events/event-details';
import { CONFIDENCE_LEVELS, EVENT_STATUSES, EVENT_TYPES, type Marker } from '../../timeline/event';
import { validateMarker } from '../../timeline/marker-validate';
import {
  KEEP_AREAS,
  draftFrom,
  draftToInput,
  errorsByField,
  type DraftField,
  type MarkerDraft,
  type MarkerRequest,
} from './marker-draft';
import { MarkerField, type ControlProps } from './marker-field';
import { StoredMarker } from './stored-marker';
import { useAreaDirectory } from './use-area-directory';
import { useMarkers } from './use-markers';
import './markers.css';

export interface MarkerFormProps {
  /** Open while non-null. */
  request: MarkerRequest | null;
  onClose: () => void;
}

/** "Add marker" and "Edit marker" as a modal dialog; focus goes back where it was when the dialog closes. */
export function MarkerForm({ request, onClose }: MarkerFormProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (request && !node.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      node.showModal();
    } else if (!request && node.open) node.close();
  }, [request]);
  const [saved, setSaved] = useState<{ marker: Marker; edited: boolean } | null>(null);
  const closed = () => {
    onClose();
    const target = returnTo.current;
    returnTo.current = null;
    if (target?.isConnected) target.focus();
  };
  return (
    <>
      <dialog ref={dialog} className="marker-dialog" aria-labelledby={titleId} onClose={closed}>
        {request && (
          <MarkerFields
            titleId={titleId}
            request={request}
            onDone={(marker) => {
              if (marker) setSaved({ marker, edited: request.mode === 'edit' });
              dialog.current?.close();
            }}
          />
        )}
      </dialog>
      <p role="status" className="marker-saved">
        {saved &&
          `${saved.edited ? 'Changes saved to' : 'Marker saved:'} “${saved.marker.title}” (${formatEventDate(saved.marker)}). Charts of its area show it in the “Your markers” row under the chart, with its title.`}
      </p>
    </>
  );
}

interface FieldsProps {
  titleId: string;
  request: MarkerRequest;
  /** Called with the saved marker, or with nothing when the form is cancelled. */
  onDone: (saved?: Marker) => void;
}

function MarkerFields({ titleId, request, onDone }: FieldsProps) {
  const id = useId();
  const directory = useAreaDirectory();
  const { add, update } = useMarkers();
  // The stored marker the edit starts from; after a refused stale save, the version another tab saved.
  const [editing, setEditing] = useState(request.mode === 'edit' ? request.marker : null);
  const [draft, setDraft] = useState<MarkerDraft>(() => draftFrom(request));
  const [stored, setStored] = useState<Marker | null>(null);
  const [errors, setErrors] = useState<ReturnType<typeof errorsByField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [checked, setChecked] = useState(0);
  useEffect(() => {
    if (checked > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [checked]);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateMarker(draftToInput(draft, editing, directory.nameOf));
    if (!result.ok) {
      setErrors(errorsByField(result.errors));
      setChecked((n) => n + 1);
      return;
    }
    setErrors({});
    setSaving(true);
    // On failure the dialog stays open with everything typed, and the message says what went wrong.
    const saved = await (editing
      ? update({ ...result.marker, revision: editing.revision })
      : add(result.marker));
    setSaving(false);
    if (saved.ok) onDone(result.marker);
    else {
      setFailure(saved.message);
      setStored(saved.current ?? null);
    }
  };
  const startAgain = (current: Marker) => {
    setEditing(current);
    setDraft(draftFrom({ mode: 'edit', marker: current }));
    setStored(null);
    setFailure(null);
  };

  const field = (
    name: DraftField,
    label: string,
    control: (props: ControlProps) => ReactElement,
    hint?: string,
  ) => (
    <MarkerField
      id={`${id}-${name}`}
      label={label}
      value={draft[name]}
      onChange={(value) => setDraft((d) => ({ ...d, [name]: value }))}
      error={errors[name]}
      hint={hint}
      control={control}
    />
  );
  const keepLabel = editing
    ? `${editing.scope.join('; ') || editing.areaCodes.join('; ')} (as imported)`
    : '';
  const groups = [...new Set(directory.options.map((o) => o.group))];

  return (
    <form ref={form} noValidate onSubmit={(e) => void submit(e)}>
      <h2 id={titleId}>{editing ? 'Edit marker' : 'Add marker'}</h2>
      <p className="hint">Markers are kept in this browser only. Export them to share or keep a copy.</p>
      {field('title', 'Title', (p) => (
        <input type="text" {...p} />
      ))}
      <div className="marker-row">
        {field('start', 'Date', (p) => (
          <input type="date" {...p} />
        ))}
        {field('end', 'End date (for a date range)', (p) => (
          <input type="date" {...p} />
        ))}
      </div>
      <div className="marker-row">
        {field('type', 'Type', (p) => (
          <select {...p}>
            <option value="">Choose a type</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        ))}
        {field('confidence', 'Confidence', (p) => (
          <select {...p}>
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        ))}
        {field('status', 'Status', (p) => (
          <select {...p}>
            {EVENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        ))}
      </div>
      {field('area', 'Area', (p) => (
        <select {...p}>
          {editing && draft.area === KEEP_AREAS && <option value={KEEP_AREAS}>{keepLabel}</option>}
          {groups.map((group) => (
            <optgroup key={group} label={group}>
              {directory.options
                .filter((o) => o.group === group)
                .map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      ))}
      {field('organisation', 'Organisation', (p) => (
        <input type="text" {...p} />
      ))}
      {field('description', 'Description', (p) => (
        <textarea rows={3} {...p} />
      ))}
      {field(
        'link',
        'Link',
        (p) => (
          <input type="url" {...p} />
        ),
        'A web address starting https:// or http://',
      )}
      {field(
        'tags',
        'Tags',
        (p) => (
          <input type="text" {...p} />
        ),
        'Separate tags with semicolons: mentors; pilot',
      )}
      {errors.form && <p className="field-error">{errors.form}</p>}
      {failure && (
        <div role="alert" className="marker-failure">
          <p>{failure}</p>
          {stored && <StoredMarker marker={stored} onStartAgain={() => startAgain(stored)} />}
        </div>
      )}
      <div className="marker-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save marker'}
        </button>
        <button type="button" onClick={() => onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
