import { useId } from 'react';

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
}

/** A labelled native select: keyboard and screen readers get the platform's own behaviour. */
export function SelectField({ label, value, options, onChange, disabled }: SelectFieldProps) {
  const id = useId();
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
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {groups.length > 1
          ? groups.map((group) => (
              <optgroup key={group} label={group || 'Other'}>
                {render(options.filter((o) => (o.group ?? '') === group))}
              </optgroup>
            ))
          : render(options)}
      </select>
    </div>
  );
}
