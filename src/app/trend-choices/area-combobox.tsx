import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { SelectOption } from '../../ui/select-field';
import { matchAreas, searchable, SHOWN_MATCHES, type SearchableOption } from './area-search';

export interface AreaComboboxProps {
  label: string;
  /** The level's areas, already sorted and grouped under their parent. */
  options: readonly SelectOption[];
  value: string;
  onChoose: (value: string) => void;
}

/** Groups consecutive options under their parent's name, keeping each option's index in the shown list. */
function grouped(shown: readonly SearchableOption[]) {
  const groups: { name: string; items: { option: SearchableOption; index: number }[] }[] = [];
  shown.forEach((option, index) => {
    const name = option.group ?? '';
    const last = groups.at(-1);
    if (last && last.name === name) last.items.push({ option, index });
    else groups.push({ name, items: [{ option, index }] });
  });
  return groups;
}

/**
 * An editable combobox with a list (WAI-ARIA APG "combobox with listbox popup"): type to narrow the areas, arrow
 * keys move through the matches (focus stays in the text box, the active option is announced through
 * aria-activedescendant), Enter chooses, Escape closes the list or clears the text. Only the first matches are
 * rendered, with a count of the rest, so 20,000 schools cost no more than a hundred.
 */
export function AreaCombobox({ label, options, value, onChoose }: AreaComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const chosenLabel = options.find((o) => o.value === value)?.label ?? '';
  const all = useMemo(() => searchable(options), [options]);
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const text = typed ?? chosenLabel;
  const { shown, more } = useMemo(() => matchAreas(all, typed ?? ''), [all, typed]);
  const optionId = (index: number) => `${id}-option-${index}`;
  // The active option stays in view as the arrow keys move past the list's edge.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (option: SearchableOption | undefined) => {
    if (!option) return;
    onChoose(option.value);
    setTyped(null);
    setOpen(false);
    setActive(-1);
  };
  const move = (step: number) => {
    setOpen(true);
    if (shown.length === 0) return;
    setActive((current) =>
      current < 0 ? (step > 0 ? 0 : shown.length - 1) : (current + step + shown.length) % shown.length,
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (event.altKey) setOpen(event.key === 'ArrowDown');
      else move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape') {
      if (open) setOpen(false);
      else setTyped(null);
      setActive(-1);
    }
  };

  const matches = shown.length + more;
  return (
    <div className="field area-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={`Type to find one of ${options.length.toLocaleString('en-GB')}`}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-count`}
        value={text}
        onChange={(event) => {
          setTyped(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={(event) => event.target.select()}
        onClick={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setTyped(null);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-count`} className="field-hint" aria-live="polite">
        {open
          ? matches === 0
            ? 'No area matches; try fewer letters.'
            : more > 0
              ? `${matches.toLocaleString('en-GB')} areas match: the first ${SHOWN_MATCHES} are listed, ${more.toLocaleString('en-GB')} more — keep typing.`
              : matches === 1
                ? '1 area matches.'
                : `${matches.toLocaleString('en-GB')} areas match.`
          : `${options.length.toLocaleString('en-GB')} areas, grouped under the area they are in.`}
      </p>
      <div role="listbox" id={listId} aria-label={label} className="area-combobox-list" hidden={!open}>
        {open &&
          grouped(shown).map((group, groupIndex) => (
            <div
              role="group"
              key={`${group.name}|${groupIndex}`}
              aria-labelledby={`${id}-group-${groupIndex}`}
            >
              <div role="presentation" id={`${id}-group-${groupIndex}`} className="area-combobox-group">
                {group.name || 'Not in a larger area'}
              </div>
              {group.items.map(({ option, index }) => (
                <div
                  role="option"
                  key={option.value}
                  id={optionId(index)}
                  aria-selected={option.value === value}
                  className={index === active ? 'active' : undefined}
                  // Keeps focus in the text box, so the choice does not close the list before it is made.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {option.label}
                </div>
              ))}
            </div>
          ))}
      </div>
    </div>
  );
}
