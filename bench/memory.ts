import { readdirSync, readFileSync } from 'node:fs';

/** Proportional set size (kB) of every Chromium process: shared pages are split between the processes sharing them. */
function chromiumPssKb(): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('chromium')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      total += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading: it holds no memory any more.
      continue;
    }
  }
  return total;
}

/** Samples the browser's memory every `everyMs` until stopped; returns the peak in MB. */
export function sampleBrowserMemory(everyMs = 100): { stop: () => number; peakSoFar: () => number } {
  let peak = chromiumPssKb();
  const timer = setInterval(() => {
    peak = Math.max(peak, chromiumPssKb());
  }, everyMs);
  return {
    peakSoFar: () => peak / 1024,
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, chromiumPssKb()) / 1024;
    },
  };
}
