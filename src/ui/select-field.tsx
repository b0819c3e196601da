import { Fragment, memo, useId } from 'react';

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

function renderOptions(items: readonly SelectOption[]) {
  return items.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/**
 * The options, drawn again only when the list itself is a new one: a weekly file's From and To list thousands of
 * periods, which React compared option by option at every change of any other choice.
 */
const OptionList = memo(function OptionList({ options }: { options: readonly SelectOption[] }) {
  const groups = [...new Set(options.map((o) => o.group ?? ''))];
  if (groups.length <= 1) return renderOptions(options);
  return groups.map((group) =>
    // Options with no group (a "Choose…" prompt) stand before the groups, unlabelled.
    group === '' ? (
      <Fragment key="">{renderOptions(options.filter((o) => !o.group))}</Fragment>
    ) : (
      <optgroup key={group} label={group}>
        {renderOptions(options.filter((o) => o.group === group))}
      </optgroup>
    ),
  );
});

/** A labelled native select: keyboard and screen readers get the platform's own behaviour. */
export function SelectField({ label, value, options, onChange, disabled, hint }: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
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
        <OptionList options={options} />
      </select>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
