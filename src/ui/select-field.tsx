import { Fragment, useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
  group?: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  disabled?: boolean;
  /** A line under the select, read with it by screen readers. */
  hint?: string;
}

/** A labelled native select: keyboard and screen readers get the platform's own behaviour. */
export function SelectField({ label, value, options, onChange, disabled, hint }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  const render = (items: readonly SelectOption[]) =>
    items.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-describedby={hint ? hintId : undefined}
      >
        {groups.length > 1
          ? groups.map((group) =>
              // Options with no group (a "Choose…" prompt) stand before the groups, unlabelled.
              group === '' ? (
                <Fragment key="">{render(options.filter((o) => !o.group))}</Fragment>
              ) : (
                <optgroup key={group} label={group}>
                  {render(options.filter((o) => o.group === group))}
                </optgroup>
              ),
            )
          : render(options)}
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
