import { Symbols } from 'recharts';
import { LineSample } from './line-sample';
import type { SeriesLine } from './series-model';
import { styleFor } from './time-series-chart';

export interface ChartLegendProps {
  lines: readonly SeriesLine[];
  emphasis: readonly string[];
  hidden: ReadonlySet<string>;
  onToggle: (key: string) => void;
}

/** Buttons, not decoration: each hides or shows its line, by mouse or keyboard, and says which it does. */
export function ChartLegend({ lines, emphasis, hidden, onToggle }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Lines (press to hide or show)">
      {lines.map((line, index) => {
        const style = styleFor(line.key, index, emphasis);
        const shown = !hidden.has(line.key);
        return (
          <li key={line.key}>
            <button
              type="button"
              aria-pressed={shown}
              onClick={() => onToggle(line.key)}
              className={shown ? '' : 'legend-off'}
            >
              <LineSample colour={style.colour} width={style.width} dash={style.dash}>
                <Symbols cx={17} cy={7} type={style.shape} size={42} fill={style.colour} />
              </LineSample>
              {line.name}
              <span className="visually-hidden">{shown ? ' (shown)' : ' (hidden)'}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
