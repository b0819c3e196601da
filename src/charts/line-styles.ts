/**
 * Lines differ by colour, marker shape and dash pattern, so no meaning rests on colour alone (WCAG 1.4.1).
 * Colours: Okabe–Ito palette, readable with the common colour-vision deficiencies, all ≥3:1 against white.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';

export interface LineStyle {
  colour: string;
  shape: MarkerShape;
  dash: string;
  width: number;
}

const COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#8a6d00',
  '#2b7a99',
  '#7b4fa0',
  '#b8470c',
  '#2f6b3f',
  '#5f5f5f',
];
const SHAPES: MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'cross', 'star', 'wye'];
const DASHES = ['', '6 3', '2 3', '10 4 2 4'];

export const EMPHASIS_STYLE: LineStyle = { colour: '#0b0c0c', shape: 'circle', dash: '', width: 3.5 };

/** The second emphasised line (the area drilled into): as heavy as England's but unlike it in colour and marker. */
export const FOCUS_STYLE: LineStyle = { colour: '#0072B2', shape: 'diamond', dash: '', width: 3.5 };

export function lineStyle(index: number): LineStyle {
  return {
    colour: COLOURS[index % COLOURS.length] ?? '#0072B2',
    shape: SHAPES[index % SHAPES.length] ?? 'circle',
    dash: DASHES[Math.floor(index / SHAPES.length) % DASHES.length] ?? '',
    width: 2,
  };
}
