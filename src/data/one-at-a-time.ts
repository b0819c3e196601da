/**
 * Runs tasks one after another, each starting when the one before has settled. The console's connection holds one
 * read-only transaction at a time: a second query begun while the first is still rolling back (a Cancel, then Run at
 * once) would otherwise meet "cannot start a transaction within a transaction" and leave the console stuck.
 */
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    // The next task waits for this one to settle, whether it answered or failed.
    last = run.catch(() => undefined);
    return run;
  };
}
