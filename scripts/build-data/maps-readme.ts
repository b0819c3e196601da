import type { BoundaryFacts } from './la-boundaries';
import { BOUNDARIES_FILE } from './la-boundaries';
import { NEIGHBOURS_FILE } from '../../src/data/neighbours-columns';

export const BOUNDARIES_SOURCE =
  'ONS boundaries via the public repository `ONSvisual/uk-topojson` (`output/topo.json` at commit `b2fde50cb130908b897de10b65cdc392f9b4ff78`), built on ONS’s 2016 super-generalised boundaries';
export const BOUNDARIES_ATTRIBUTION =
  'Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right';
export const NEIGHBOURS_SOURCE =
  'DfE children’s services statistical neighbours, May 2025: `data-raw/sn_model_2025_wide.csv` of the public repository `dfe-analytical-services/CSC_outcomes_and_enablers` at commit `2f5d11a431050523dab58810083259d3313029ae`';

const span = (start?: number, end?: number) =>
  start !== undefined ? `from April ${start}` : end !== undefined ? `to March ${end + 1}` : 'throughout';

/** The README's section on the map file and the statistical neighbours, from what the build found. */
export function mapsSection(facts: BoundaryFacts, neighbourRows: number): string {
  const changed = facts.changed.map((a) => `  - \`${a.code}\` ${a.name}: ${span(a.start, a.end)}`).join('\n');
  const merged = facts.merged.map((m) => `\`${m.drop}\` is drawn as \`${m.keep}\` ${m.name}`).join('; ');
  return `## ${BOUNDARIES_FILE}

Provenance: ${BOUNDARIES_SOURCE}. Input: \`../geo/uk-local-authorities-topo.json\` beside the DfE folder. Attribution,
shown wherever a map is drawn: "${BOUNDARIES_ATTRIBUTION}".

- TopoJSON with two layers, longitude/latitude: \`la\`, England's upper-tier and unitary authorities that existed at
  any time from 2014 (${facts.areas} areas, ${facts.current} of them current), and \`region\`, the nine regions.
- Each authority has \`code\` (ONS), \`name\`, \`old\` (DfE's three-digit code, which joins LAIT's rows for abolished
  authorities) and, for areas that began or ended, \`start\` or \`end\`, the first or last year (from April) it
  existed; an academic year starting in September of year Y draws the authorities of year Y:
${changed}
- An authority whose code changed with the same boundary is one area, its other code kept in \`aliases\` (the
  build checks the boundaries are the same arcs): ${merged}.
- Simplified at build time with \`topojson-simplify\` (a quarter of the points kept, by spherical triangle area) and
  quantised to a 10,000-step grid: ${facts.bytes} bytes, about ${Math.ceil(facts.gzipBytes / 1024)} KB gzipped. The
  app fetches it only when a map is shown.
- Licence: Open Government Licence v3.0 (the repository's code is ISC-licensed).

## ${NEIGHBOURS_FILE}

Provenance: ${NEIGHBOURS_SOURCE}, unchanged in content; input \`../neighbours/statistical_neighbours_2025.csv\`. One row
per authority and neighbour (${neighbourRows} rows): \`old_la_code\`, \`new_la_code\`, \`la_name\`, \`neighbour_order\` (1 is the
closest), \`neighbour_old_la_code\`, \`neighbour_new_la_code\`, \`neighbour_la_name\` and \`closeness\` ("Extremely close", "Very close", "Close",
"Somewhat close", "Not close"; the source's "Close " loses its trailing space). Authorities and neighbours are in the
file's order. The ONS codes are added from the attendance files' code pairs (the latest file's code, as in the
other files here). Licence: Open Government Licence v3.0.
`;
}
