// One traced cycle of Trends changes: per change, its wall time, the main thread's parts and CPU, the engine's CPU.
import type { OpenPage } from '../test/e2e/support/browser';
import { timeChange, type Change } from './interaction';
import { frameParts, marksNamed, traced, type FrameParts, type TraceEvent } from './trace-parts';

const round = (value: number) => Math.round(value * 10) / 10;

export interface TracedChange {
  change: string;
  wall_ms: number;
  parts: FrameParts;
  /** The main thread's CPU time from the change to the chart painted. */
  main_cpu_ms: number;
  /** The DuckDB worker's CPU time in the same stretch. */
  engine_cpu_ms: number;
}

/** The CPU time (ms) of the named threads' top-level tasks between two trace timestamps. */
export function threadCpuMs(
  events: readonly TraceEvent[],
  from: number,
  to: number,
  isThread: (name: string) => boolean,
): number {
  const threads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && isThread(e.args?.name ?? ''))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      threads.has(`${e.pid}:${e.tid}`) &&
      // Overlapping the stretch: the task that fires the change event starts before its mark.
      e.ts + (e.dur ?? 0) > from &&
      e.ts < to,
  );
  return round(tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000);
}

/** Makes each change once with the trace on, and says where each one's time went. */
export async function tracedCycle(open: OpenPage, changes: readonly Change[]): Promise<TracedChange[]> {
  const events = await traced(
    open.context,
    open.page,
    async () => {
      for (const change of changes) await timeChange(open.page, change);
    },
    'devtools.timeline,blink.user_timing,v8.execute,toplevel',
  );
  const starts = marksNamed(events, 'bench:change-start');
  const ends = marksNamed(events, 'bench:change-painted');
  const rows: TracedChange[] = [];
  for (const [index, start] of starts.entries()) {
    const end = ends.find((e) => e.ts > start.ts);
    const change = changes[index];
    if (!end || !change) continue;
    rows.push({
      change: `${change.label}=${change.value}`,
      wall_ms: round((end.ts - start.ts) / 1000),
      parts: frameParts(events, start, start.ts, end.ts),
      main_cpu_ms: threadCpuMs(events, start.ts, end.ts, (name) => name === 'CrRendererMain'),
      engine_cpu_ms: threadCpuMs(events, start.ts, end.ts, (name) => name.startsWith('DedicatedWorker')),
    });
  }
  return rows;
}

/** One line per traced change, as the interaction bench prints them. */
export function describeTraced(row: TracedChange): string {
  return `  ${row.change}: ${row.wall_ms} ms; main ${JSON.stringify(row.parts)}; main CPU ${row.main_cpu_ms} ms; engine CPU ${row.engine_cpu_ms} ms`;
}
