import { createNodeEngine } from './scripts/node-engine';
import { readOnlyStatement } from './src/data/sql/read-only-statement';
const e = await createNodeEngine();
await e.query("CREATE TABLE obs AS SELECT * FROM (VALUES ('a', 1), ('b', 2)) t(period, v)");
for (const c of ["PIVOT obs ON period USING sum(v)", "PIVOT obs ON period IN ('a','b') USING sum(v)", "SELECT nextval('x')", "FROM checkpoint()", "SELECT setseed(0.5)"]) {
  const s = readOnlyStatement(c).sql;
  try { const r = await e.queryStoppable(s, new AbortController().signal); console.log('OK', JSON.stringify(c), JSON.stringify(r)); }
  catch (x) { console.log('ERR', JSON.stringify(c), String((x as Error).message).split('\n')[0]); }
}
