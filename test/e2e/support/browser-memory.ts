import { readdirSync, readFileSync } from 'node:fs';

/** Each running process's parent, from /proc/<pid>/stat (Linux only). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      // The command name in brackets may hold spaces and brackets: the fields after its last ')' are fixed.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch {
      // The process ended between listing and reading.
      continue;
    }
  }
  return parentOf;
}

/** One Chromium process this Node process started: its command line and proportional set size (kB). */
export interface ChromiumProcess {
  cmdline: string;
  pssKb: number;
}

/** The Chromium processes descended from `root` (this Node process by default), other browsers on the machine left out. */
export function ownChromiumProcesses(root = process.pid): ChromiumProcess[] {
  const parentOf = parents();
  const descends = (pid: number): boolean => {
    for (let at = parentOf.get(pid); at !== undefined && at > 1; at = parentOf.get(at))
      if (at === root) return true;
    return false;
  };
  const found: ChromiumProcess[] = [];
  for (const pid of parentOf.keys()) {
    if (!descends(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (!cmdline.includes('chromium')) continue;
      const pssKb = Number(
        /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0,
      );
      found.push({ cmdline, pssKb });
    } catch {
      // The process ended while being read.
      continue;
    }
  }
  return found;
}

/**
 * Proportional set size (MB) of the Chromium processes this Node process started: the browser, its renderers (the
 * page and its workers, DuckDB's wasm memory included) and helpers. Other browsers on the machine (other test runs)
 * are left out, and pages shared between processes are split between them.
 */
export function ownBrowserPssMb(root = process.pid): number {
  return ownChromiumProcesses(root).reduce((sum, p) => sum + p.pssKb, 0) / 1024;
}

/** Samples `ownBrowserPssMb` every `everyMs` until stopped; `stop` gives the peak (MB). */
export function sampleOwnBrowserMemory(everyMs = 100): { stop: () => number } {
  let peak = ownBrowserPssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, ownBrowserPssMb());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, ownBrowserPssMb());
    },
  };
}
