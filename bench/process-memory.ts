import { ownChromiumProcesses } from '../test/e2e/support/browser-memory';

/** A Chromium process's role from its command line: `renderer`, `gpu-process`, `utility:NetworkService`…, or `browser`. */
export function processRole(cmdline: string): string {
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  if (!type) return 'browser';
  // Utility processes are the network service, storage and audio: named by their service where Chromium says.
  const service = type === 'utility' ? /--utility-sub-type=[\w.]*\.(\w+)/.exec(cmdline)?.[1] : undefined;
  return service ? `utility:${service}` : type;
}

/**
 * PSS (MB) of this process's Chromium processes, by role: the page and its workers (DuckDB's wasm memory included)
 * live in the renderer; the browser, GPU and utility processes serve whatever page the browser shows.
 */
export function ownBrowserPssByRole(): Record<string, number> {
  const byRole: Record<string, number> = {};
  for (const { cmdline, pssKb } of ownChromiumProcesses()) {
    const role = processRole(cmdline);
    byRole[role] = (byRole[role] ?? 0) + pssKb / 1024;
  }
  return Object.fromEntries(Object.entries(byRole).map(([role, mb]) => [role, Math.round(mb)]));
}
