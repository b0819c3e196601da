/**
 * `derive` run once per answer: the query cache hands back the very same rows array when the user returns to choices
 * already answered, so what is derived from it (a chart's model, its time span) is kept with it, and dropped with it.
 */
export function oncePerAnswer<Rows extends object, T>(derive: (rows: Rows) => T): (rows: Rows) => T {
  const kept = new WeakMap<Rows, { value: T }>();
  return (rows) => {
    const found = kept.get(rows);
    if (found) return found.value;
    const value = derive(rows);
    kept.set(rows, { value });
    return value;
  };
}
