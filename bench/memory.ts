import { ownBrowserPssMb } from '../test/e2e/support/browser-memory';

/**
 * Samples the memory of the browser this process started (PSS of its processes: the page, its workers with DuckDB's
 * wasm memory, the GPU and utility processes) every `everyMs` until stopped; returns the peak in MB. Other browsers
 * on the machine (other benches and test runs) are not counted.
 */
export function sampleBrowserMemory(everyMs = 100): { stop: () => number; peakSoFar: () => number } {
  let peak = ownBrowserPssMb();
  const timer = setInterval(() => {
    peak = Math.max(peak, ownBrowserPssMb());
  }, everyMs);
  return {
    peakSoFar: () => peak,
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, ownBrowserPssMb());
    },
  };
}
