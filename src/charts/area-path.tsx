import { memo } from 'react';

export interface AreaPathProps {
  code: string;
  d: string;
  fill: string;
  value: number | null;
  classIndex: number;
  /** "Sheffield: 3.67%, rank 1 of 153 …", read out on focus and shown as the pointer's tooltip. */
  label: string;
  /** A keyboard stop; false for the copy in the main map of an area drawn again, larger, in a box. */
  focusable: boolean;
  selectable: boolean;
}

/**
 * One area of the map. Its props are plain values (the map listens for pointer and keys on the group around the
 * areas), so an area whose colour and words did not change is not rendered again.
 */
export const AreaPath = memo(function AreaPath(props: AreaPathProps) {
  if (!props.focusable) return <path d={props.d} fill={props.fill} aria-hidden="true" />;
  return (
    <path
      d={props.d}
      fill={props.fill}
      data-area={props.code}
      data-value={props.value ?? ''}
      data-class={props.classIndex}
      tabIndex={0}
      role={props.selectable ? 'button' : 'img'}
      aria-label={props.label}
    >
      <title>{props.label}</title>
    </path>
  );
});
