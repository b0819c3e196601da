/** A V8 CPU profile as CDP's Profiler.stop returns it, as far as a summary needs it. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);

function frameName(frame: CpuProfile['nodes'][number]['callFrame']): string {
  const file = frame.url.split('/').at(-1) ?? '';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
}

/**
 * The busy time (ms) by function: self time (samples in the function itself) and total time (samples with the
 * function anywhere on the stack, counted once per sample), with idle samples left out.
 */
export function profileTimes(profile: CpuProfile): {
  busyMs: number;
  self: Map<string, number>;
  total: Map<string, number>;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    // A sample's time is the gap to the next one; the last sample has none after it.
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || IDLE.has(node.callFrame.functionName)) return;
    busyMs += ms;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame) break;
      const n = frameName(frame.callFrame);
      if (seen.has(n)) continue;
      seen.add(n);
      total.set(n, (total.get(n) ?? 0) + ms);
    }
  });
  return { busyMs, self, total };
}

/** The busiest functions by self time, then those whose names contain one of `focus`, by total time. */
export function summarise(profile: CpuProfile, top: number, focus: readonly string[]): string {
  const { busyMs, self, total } = profileTimes(profile);
  const fmt = (ms: number) => ms.toFixed(1).padStart(8);
  const lines = [`  busy ${busyMs.toFixed(1)} ms`, '  self time:'];
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`${fmt(ms)}  ${name}  (total ${(total.get(name) ?? 0).toFixed(1)})`);
  lines.push('  total time:');
  const totals = [...total].sort((a, b) => b[1] - a[1]);
  const shown = focus.length
    ? totals.filter(([name]) => focus.some((f) => name.includes(f)))
    : totals.slice(0, top);
  for (const [name, ms] of shown) lines.push(`${fmt(ms)}  ${name}`);
  return lines.join('\n');
}
