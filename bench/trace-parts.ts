import type { BrowserContext, Page } from 'playwright-core';

/** One event of a Chromium trace (the Trace Event Format), as far as these parts need it. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time (CPU) in the event, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  /** A metadata event's details: `thread_name` events name their thread here. */
  args?: { name?: string };
}

/** Where the main thread's time went in a stretch of a trace, in ms. */
export interface FrameParts {
  /** JavaScript: the app's handlers, React's render and commit, garbage collection. */
  script_ms: number;
  /** Recalculating styles. */
  style_ms: number;
  layout_ms: number;
  /** Pre-paint, paint and layerising: recording what to draw. */
  paint_ms: number;
  /** The rest of the stretch: the thread idle until the next frame, or waiting for the machine's cores. */
  other_ms: number;
}

export type Part = keyof Omit<FrameParts, 'other_ms'>;

// Trace event names of Chromium's devtools.timeline category, by the part of a frame they belong to.
const PART_OF: Readonly<Record<string, Part>> = {
  EventDispatch: 'script_ms',
  FunctionCall: 'script_ms',
  RunMicrotasks: 'script_ms',
  TimerFire: 'script_ms',
  FireAnimationFrame: 'script_ms',
  EvaluateScript: 'script_ms',
  'v8.callFunction': 'script_ms',
  MajorGC: 'script_ms',
  MinorGC: 'script_ms',
  UpdateLayoutTree: 'style_ms',
  Layout: 'layout_ms',
  PrePaint: 'paint_ms',
  Paint: 'paint_ms',
  Layerize: 'paint_ms',
};

/**
 * The main thread's time between two marks, by part. Events nest (a forced layout inside a handler, a collection
 * inside a render), so each event counts only its self time: its duration less that of the events inside it. Events
 * of no known part (a task's own bookkeeping) count towards `other_ms`, with the idle time.
 */
export function frameParts(
  events: readonly TraceEvent[],
  thread: Pick<TraceEvent, 'pid' | 'tid'>,
  from: number,
  to: number,
): FrameParts {
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid && e.dur !== undefined)
    .map((e) => ({ name: e.name, start: Math.max(e.ts, from), end: Math.min(e.ts + (e.dur ?? 0), to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const totals: Record<Part, number> = { script_ms: 0, style_ms: 0, layout_ms: 0, paint_ms: 0 };
  const open: { name: string; end: number; self: number }[] = [];
  const close = () => {
    const done = open.pop();
    const part = done && PART_OF[done.name];
    if (part) totals[part] += done.self;
  };
  for (const span of spans) {
    while (open.length && (open.at(-1)?.end ?? 0) <= span.start) close();
    const parent = open.at(-1);
    if (parent) parent.self -= span.end - span.start;
    open.push({ name: span.name, end: span.end, self: span.end - span.start });
  }
  while (open.length) close();
  const ms = (us: number) => Math.round(us / 100) / 10;
  const known = totals.script_ms + totals.style_ms + totals.layout_ms + totals.paint_ms;
  return {
    script_ms: ms(totals.script_ms),
    style_ms: ms(totals.style_ms),
    layout_ms: ms(totals.layout_ms),
    paint_ms: ms(totals.paint_ms),
    other_ms: ms(to - from - known),
  };
}

/** The timestamps (trace clock, µs) and thread of every `performance.mark(name)` made while tracing. */
export function marksNamed(events: readonly TraceEvent[], name: string): TraceEvent[] {
  return events.filter((e) => e.name === name).sort((a, b) => a.ts - b.ts);
}

/** Runs `work` with Chromium's timeline (or the `categories` given) traced, and returns the trace's events. */
export async function traced(
  context: BrowserContext,
  page: Page,
  work: () => Promise<void>,
  categories = 'devtools.timeline,blink.user_timing,v8.execute',
): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories,
    transferMode: 'ReportEvents',
  });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}
