/**
 * Local authorities whose ONS code changed while the authority (and its three-digit DfE number) carried on, so a
 * time series must join the old code to the new one or one authority becomes two lines of the same name.
 * Source: DfE's list of local authorities (dfe-analytical-services/dfe-published-data-qa, data/las.csv: the
 * terminated and live rows of one name and old_la_code) and ONS's code history.
 * Not here: authorities that merged or split (Bournemouth and Poole into BCP in 2019, Northamptonshire in 2021,
 * Cumbria in 2023), which are new areas, not new codes.
 */
export interface LaCodeChange {
  from: string;
  to: string;
  name: string;
  /** The first day the new code was in use. */
  since: string;
  /** DfE's three-digit LA number, the same before and after (Dorset's changed too: 835 then 838). */
  oldLaCode: string;
  /** True when the area changed as well as the code (Dorset lost Christchurch to BCP in 2019). */
  boundaryChanged: boolean;
}

const change = (
  from: string,
  to: string,
  name: string,
  since: string,
  oldLaCode: string,
  boundaryChanged = false,
): LaCodeChange => ({ from, to, name, since, oldLaCode, boundaryChanged });

export const LA_CODE_CHANGES: readonly LaCodeChange[] = [
  // 2009: the county codes of the new unitary authorities.
  change('E10000010', 'E06000047', 'County Durham', '2009-04-01', '840'),
  change('E10000022', 'E06000048', 'Northumberland', '2009-04-01', '929'),
  change('E10000026', 'E06000051', 'Shropshire', '2009-04-01', '893'),
  change('E10000033', 'E06000054', 'Wiltshire', '2009-04-01', '865'),
  change('E10000005', 'E06000052', 'Cornwall', '2009-04-01', '908', true),
  // 2013: boundary corrections between Gateshead and Northumberland recoded both.
  change('E06000048', 'E06000057', 'Northumberland', '2013-04-01', '929'),
  change('E08000020', 'E08000037', 'Gateshead', '2013-04-01', '390'),
  // 2019–2023: counties that became unitary authorities on the same area (Dorset less Christchurch).
  change('E10000009', 'E06000059', 'Dorset', '2019-04-01', '835', true),
  change('E10000002', 'E06000060', 'Buckinghamshire', '2020-04-01', '825'),
  change('E10000023', 'E06000065', 'North Yorkshire', '2023-04-01', '815'),
  change('E10000027', 'E06000066', 'Somerset', '2023-04-01', '933'),
  // 2025: boundary changes between Barnsley and Sheffield recoded both.
  change('E08000016', 'E08000038', 'Barnsley', '2025-05-01', '370'),
  change('E08000019', 'E08000039', 'Sheffield', '2025-05-01', '373'),
];

const NEXT_CODE: ReadonlyMap<string, string> = new Map(LA_CODE_CHANGES.map((c) => [c.from, c.to]));

/** The code an authority has today, following every change (E10000022 → E06000048 → E06000057). */
export function currentLaCode(code: string): string {
  let current = code.trim();
  for (let step = 0; step < LA_CODE_CHANGES.length; step++) {
    const next = NEXT_CODE.get(current);
    if (!next) return current;
    current = next;
  }
  return current;
}

/**
 * For the codes a file has, the code each one is joined to: the latest code of the same authority that the file
 * also has. A file with Gateshead as E08000020 and E08000037 draws one Gateshead under E08000037; a 2024/25 file
 * with Sheffield only as E08000019 keeps that code (its maps and neighbour lists use it), though today's is
 * E08000039. Codes with nothing to join are left out.
 */
export function laCodeJoins(present: Iterable<string>): Map<string, string> {
  const codes = new Set([...present].map((code) => code.trim()));
  const joins = new Map<string, string>();
  for (const code of codes) {
    let latest = code;
    let next = NEXT_CODE.get(code);
    for (let step = 0; next && step < LA_CODE_CHANGES.length; step++) {
      if (codes.has(next)) latest = next;
      next = NEXT_CODE.get(next);
    }
    if (latest !== code) joins.set(code, latest);
  }
  return joins;
}
