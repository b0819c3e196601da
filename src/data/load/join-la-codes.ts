import { laCodeJoins } from '../ees/la-codes';
import type { SqlEngine } from '../sql-engine';
import { quoteIdent } from '../sql/quote';

const AUTHORITY_LEVELS = "('Local authority', 'Local authority district')";

/**
 * One authority, one line: where a file has an authority under an old code and a later one (Gateshead E08000020
 * and E08000037), its rows move to the later code, as areas and as the parent their schools are listed under.
 * The file's own `new_la_code` is left as written (the file view shows it). Codes reach SQL as parameters.
 */
export async function joinLaCodes(engine: SqlEngine, table: string): Promise<void> {
  const found = await engine.query<{ code: string }>(
    `SELECT DISTINCT code FROM (
       SELECT area_code AS code FROM ${quoteIdent(table)} WHERE level IN ${AUTHORITY_LEVELS}
       UNION ALL SELECT parent_code FROM ${quoteIdent(table)}) WHERE code IS NOT NULL`,
  );
  const joins = laCodeJoins(found.map((row) => row.code));
  if (joins.size === 0) return;
  const olds = [...joins.keys()];
  const pairs = [...joins].flat();
  const list = olds.map(() => '?').join(', ');
  const cases = olds.map(() => 'WHEN ? THEN ?').join(' ');
  await engine.query(
    `UPDATE ${quoteIdent(table)} SET
       area_code = CASE WHEN level IN ${AUTHORITY_LEVELS} AND area_code IN (${list})
         THEN CASE area_code ${cases} END ELSE area_code END,
       parent_code = CASE WHEN parent_code IN (${list}) THEN CASE parent_code ${cases} END ELSE parent_code END
     WHERE area_code IN (${list}) OR parent_code IN (${list})`,
    [...olds, ...pairs, ...olds, ...pairs, ...olds, ...olds],
  );
}
