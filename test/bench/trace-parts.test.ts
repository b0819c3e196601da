import { describe, expect, test } from 'vitest';
import { frameParts, type TraceEvent } from '../../bench/trace-parts';

const MAIN = { pid: 1, tid: 1 };
/** A complete ('X') event on the main thread: start and duration in ms, as the trace's µs. */
const span = (name: string, startMs: number, durMs: number, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ts: startMs * 1000,
  dur: durMs * 1000,
  ...thread,
});

describe('frameParts', () => {
  const cases: { name: string; events: TraceEvent[]; from: number; to: number; expected: object }[] = [
    {
      name: 'one event of each part, side by side; the rest is other',
      events: [
        span('EventDispatch', 0, 10),
        span('UpdateLayoutTree', 10, 2),
        span('Layout', 12, 5),
        span('Paint', 17, 3),
      ],
      from: 0,
      to: 30,
      expected: { script_ms: 10, style_ms: 2, layout_ms: 5, paint_ms: 3, other_ms: 10 },
    },
    {
      name: 'a forced layout inside a handler counts as layout, not script',
      events: [span('EventDispatch', 0, 20), span('Layout', 5, 8)],
      from: 0,
      to: 20,
      expected: { script_ms: 12, style_ms: 0, layout_ms: 8, paint_ms: 0, other_ms: 0 },
    },
    {
      name: "a task's own bookkeeping is other; the script inside it is script",
      events: [span('RunTask', 0, 10), span('FunctionCall', 2, 6)],
      from: 0,
      to: 10,
      expected: { script_ms: 6, style_ms: 0, layout_ms: 0, paint_ms: 0, other_ms: 4 },
    },
    {
      name: 'events are cut at the stretch’s ends; other threads and instant events are left out',
      events: [
        span('Paint', -5, 10),
        span('Layout', 8, 10),
        span('FunctionCall', 0, 10, { pid: 1, tid: 2 }),
        { name: 'bench:change-start', ph: 'I', ts: 0, ...MAIN },
      ],
      from: 0,
      to: 10,
      expected: { script_ms: 0, style_ms: 0, layout_ms: 2, paint_ms: 5, other_ms: 3 },
    },
  ];
  test.each(cases)('$name', ({ events, from, to, expected }) => {
    expect(frameParts(events, MAIN, from * 1000, to * 1000)).toEqual(expected);
  });
});
