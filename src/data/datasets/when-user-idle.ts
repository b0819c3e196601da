/** What counts as the user at work: a choice, a key, a click or a scroll. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'change', 'wheel'] as const;

/**
 * Resolves once the user has left the page alone for `quietMs`, or after `longestMs` whatever they do. Loading a
 * file occupies DuckDB's one worker for a few hundred milliseconds, and a redraw asked for meanwhile would wait
 * behind it; work nobody is waiting for starts when nobody is waiting.
 */
export function whenUserIdle(quietMs = 1000, longestMs = 15_000): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(longest);
      for (const type of INPUT_EVENTS) removeEventListener(type, rearm, true);
      resolve();
    };
    const rearm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    };
    const longest = setTimeout(done, longestMs);
    for (const type of INPUT_EVENTS) addEventListener(type, rearm, { capture: true, passive: true });
    rearm();
  });
}
