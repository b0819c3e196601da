import { trendsUrl } from '../url/trends-url';
import './axis-choice.css';
export interface AxisChoiceProps {
  fromZero: boolean;
  setParams: (change: Record<string, string | null>) => void;
}

/**
 * Whether the value axis starts at zero (the default, which keeps the size of a change honest) or fits the figures
 * (which LAIT's users asked for, to see small changes). Kept in the URL as `axis=fit`.
 */
export function AxisChoice({ fromZero, setParams }: AxisChoiceProps) {
  return (
    <label className="axis-choice">
      <input
        type="checkbox"
        checked={!fromZero}
        onChange={(event) => setParams(trendsUrl.write({ fitAxis: event.target.checked }))}
      />{' '}
      Value axis need not start at zero
    </label>
  );
}
