export interface ComparatorPickerProps {
  /** Every local authority of the region except the one studied. */
  candidates: readonly { code: string; name: string }[];
  chosen: ReadonlySet<string>;
  /** Areas left out by default, with why (named by this or another local event). */
  leftOut: ReadonlyMap<string, string>;
  onChange: (codes: readonly string[] | null) => void;
}

/** Which local authorities the studied one is compared with; by default its region's others, minus treated ones. */
export function ComparatorPicker({ candidates, chosen, leftOut, onChange }: ComparatorPickerProps) {
  const toggle = (code: string) => {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    onChange(candidates.filter((c) => next.has(c.code)).map((c) => c.code));
  };
  return (
    <details className="comparator-picker">
      <summary>
        Comparison areas: {chosen.size} of {candidates.length} local authorities in the region
      </summary>
      <fieldset>
        <legend>Compare with</legend>
        {candidates.map((candidate) => (
          <label key={candidate.code} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(candidate.code)}
              onChange={() => toggle(candidate.code)}
            />
            {candidate.name}
            {leftOut.has(candidate.code) && <span className="hint"> ({leftOut.get(candidate.code)})</span>}
          </label>
        ))}
        <button type="button" onClick={() => onChange(null)}>
          Back to the default choice
        </button>
      </fieldset>
    </details>
  );
}
