/** The pieces of `data/README.md` that the build computes, already formatted as Markdown lines. */
export interface ReadmeParts {
  licence: string;
  licenceLink: string;
  files: readonly string[];
  measures: readonly string[];
  unmatched: readonly string[];
  renamed: readonly string[];
  changes: readonly string[];
  filledYtd: readonly string[];
  filledTerms: readonly string[];
  filledWeekly: readonly string[];
  unlabelledYtd: string;
  unlabelledTerms: string;
  weeklyColumns: string;
  renames: readonly string[];
  severe: readonly string[];
  sources: { annual: string; attendance: string; characteristics: string };
  /** The map file and the statistical neighbours (scripts/build-data/maps-readme.ts). */
  maps: string;
  alliance: string;
}

const lines = (items: readonly string[], none = '- none') => (items.length > 0 ? items.join('\n') : none);

/** The prose of `data/README.md`; written by `npm run data:build`, so edit this file, not the README. */
export function readmeSections(p: ReadmeParts): string {
  return `# Attendance Lens default data set

The files in this folder are what Attendance Lens loads when nobody has dropped in their own Explore Education
Statistics (EES) files. They are built from DfE's published files by \`npm run data:build\`
(\`scripts/build-data.ts\`); do not edit them by hand (this README is written by the same script, apart from the
alliance timeline section, which the build keeps as it finds it).

${p.licence}
Licence: ${p.licenceLink}. Source: Department for Education (England).

## Files

| file | metadata | typed form the app attaches | grain | loaded | rows | bytes |
|---|---|---|---|---|---|---|
${lines(p.files)}

\`manifest.json\` lists the same files with a title, description, provenance, licence, row count, size and sha256
of each data file, and the names of its typed form; the app reads it to decide what to load first (\`load\`:
first, background, on-demand).

The CSV files are the data set; the typed form is made from them by the same build, so the browser never parses
or profiles a default file. For each CSV, the app's own loader (\`src/data/load/load-dataset.ts\`, on DuckDB-WASM
in Node) reads it exactly as it would in the browser, and the build writes what it made: \`<id>.duckdb\`, a
DuckDB database file (storage version 1.4, 16 KB blocks) holding the tidy table (\`tidy\`: indicators as DOUBLE
with the symbol of a missing figure in the \`<indicator>__flag\` column beside it, every other column as trimmed
text, dictionary- and FSST-compressed; rows in the CSV's order) and its periods (\`periods\`); and
\`<id>.description.json\`, the loader's description of the file (columns and their roles, indicators with labels
and decimals, filters and their values, areas, periods) with the CSV's fingerprint. The app attaches the
\`.duckdb\` file read-only and reads its rows in place, and reads the description instead of working it out
(\`src/data/load/attach-default.ts\`); a test compares every row, flag, period and description with what loading
the CSV gives (\`test/data/load/attach-default.test.ts\`). DuckDB's own format rather than Parquet, because
DuckDB-WASM 1.32 reads Parquet only through an extension it would download from DuckDB's servers. A rebuild
writes the same descriptions and the same rows, but not the same \`.duckdb\` bytes (DuckDB does not lay a file
out the same way twice), so commit them only when the CSVs change.

## Conventions in every file

- EES data format: the header starts \`time_period,time_identifier,geographic_level,country_code,country_name,
  region_code,region_name,old_la_code,new_la_code,la_name,education_phase\`, then filters, then indicators.
  Each file has an EES \`.meta.csv\` beside it (labels, units, decimal places).
- The phase column is \`education_phase\` everywhere (DfE's attendance files called it \`school_type\` until
  2024/25), with the values Total, Primary, Secondary and Special ("State-funded primary" and "State-funded
  secondary" become Primary and Secondary).
- Regions are the nine ONS regions, E12000001 North East to E12000009 South West.
- UTF-8 without byte-order mark, LF line ends, fields quoted only where CSV needs it (papaparse \`unparse\`).
- Figures are unchanged. Attendance and characteristics values are copied as text; annual values are written in
  the shortest form of the same double (LAIT's \`2.2999999999999998\` is written \`2.3\`, \`7.0000000000000007E-2\`
  is written \`0.07\`).
- Missing-value symbols are kept as the source wrote them and never become 0: \`c\` suppressed, \`x\` not
  available, \`z\` not applicable, \`low\`, \`:\`, \`~\`, \`NA\`, \`-\` (no figure for the period) and empty. The
  attendance files leave \`old_la_code\` of national and regional rows empty, \`NA\` or \`z\` depending on the year.
- Rows are sorted by time, then England, regions and local authorities (by region code, then name), then phase.
  Building twice from the same inputs writes identical bytes.

## annual_absence.csv

Provenance: ${p.sources.annual}. Input: \`annual/lait_absence_measures_long.csv\` (LAIT's absence measures, rows
kept and columns renamed, values unchanged; CRLF, some fields quoted). One row per academic year, area and phase,
2015/16 to 2024/25. All 2019/20 figures are \`-\`: DfE published the autumn term 2019 only; with the spring and summer terms
disrupted by COVID-19 there was no two-term or full-year release for 2019/20.

| column | Total | Primary | Secondary | Special |
|---|---|---|---|---|
${lines(p.measures)}

- \`la_number\` 970 is England (National); 980 to 990 are the regions (Regional), except 987 and 988, LAIT's
  Inner and Outer London, which are not ONS regions and are dropped (986 is London). Every \`la_number\` below 970
  is a local authority; its region comes from LAIT's \`region\` column, Inner and Outer London both becoming London
  (E12000007), and "Yorkshire and the Humber" is written "Yorkshire and The Humber".
- \`old_la_code\` is LAIT's \`la_number\`. \`new_la_code\` and \`la_name\` come from the attendance files (all
  years, the latest file winning), so each authority has one code and one name across the whole series.
- Authorities whose code changed between attendance files (the latest code is written for every year):
${lines(p.changes, '  - none')}
- Authorities named differently in LAIT (the attendance files' name is written):
${lines(p.renamed, '  - none')}
- Abolished authorities not found in any attendance file; their \`new_la_code\` is left empty:
${lines(p.unmatched, '  - none')}
- Metadata: rates in %, 2 decimal places, as published (England severe absence 2.30% in 2023/24, 2.39% in 2024/25).

## attendance_ytd.csv, attendance_terms.csv, attendance_weekly.csv

Provenance: ${p.sources.attendance}. Inputs: \`attendance/<year>/EES_ytd_data.csv\`, \`EES_aut_data.csv\`,
\`EES_spr_data.csv\`, \`EES_sum_data.csv\` and \`EES_weekly_data.csv\` for 2022-23 to 2025-26 (taken from the
repository at one commit per academic year; the commits are not recorded), and \`attendance/EES_weekly_data.meta.csv\`.

- Each kind of file is concatenated across years. The header is the union of the years' columns, identifying
  columns first in EES order, then the newest year's indicator order, a retired column placed beside its old
  neighbour. A column that a year's file lacks is written \`z\` (not applicable) in that year's rows: the
  register codes changed in 2024/25 (new codes such as \`reason_c1_authorised_regulated_performance\`, retired ones
  such as \`reason_d_aea_dual_registration\`) and the covid code ended in 2022/23.
- Year to date: \`time_identifier\` is "Academic year" (2025/26 is a part year, to the latest week published).
  Terms: \`time_identifier\` is "Autumn term", "Spring term" or "Summer term"; \`academic_year\` is dropped, having
  been checked equal to \`time_period\` on every row. Weekly: \`time_period\` is the calendar year and
  \`time_identifier\` "Week N" (ISO week), autumn-term weeks only.
- Weekly keeps the identifying columns and ${p.weeklyColumns}.
- Metadata is cut from DfE's \`EES_weekly_data.meta.csv\` with labels, units and decimal places unchanged, plus
  \`education_phase\` ("Education phase") and \`pa_perc\` ("Persistent absence rate (missing 10% or more of
  sessions)", %, 1 decimal place like the publication's other rates: 22.3% in 2022/23, 18.7% in 2024/25).
  Columns that DfE's metadata does not describe (the app falls back to the column name): year to date
  ${p.unlabelledYtd}; terms ${p.unlabelledTerms}.

Columns written \`z\` because the year's files lack them, year to date:
${lines(p.filledYtd)}

Terms:
${lines(p.filledTerms)}

Weekly:
${lines(p.filledWeekly)}

## severe_absence_characteristics.csv

Provenance: ${p.sources.characteristics} (in the default input the zip's CSV is dated 2025-07-07). Input:
\`characteristics/absence_bands_distributions.zip\`, one header-less CSV of enrolment counts in 5% bands of
overall absence by phase, free school meal eligibility, SEN status, sex and NC year, 2016/17 to 2022/23 (no
2019/20).

- Only the National and Regional rows are kept. DfE's Regional rows split London into Inner London (E13000001)
  and Outer London (E13000002); there is no London (E12000007) row here, and both are kept as published.
- Padding is trimmed from every field, the header is added and columns are put in EES order and renamed (the
  band names follow DfE's own EES naming in the absence-distributions dashboard):

| source column | column | meaning |
|---|---|---|
| \`school_type\` | \`education_phase\` | Education phase ("State-funded primary" becomes Primary, and so on) |
${lines(p.renames)}

- Counts are unchanged: the output has the same rows and values as the DERIVED
  \`characteristics/absence_bands_distributions_nat_reg_with_header.csv\` (checked by the tests).
- Severe absence rate of a year and area = sum(\`enrolments_overall_50_plus\`) / sum(all eleven
  \`enrolments_overall_*\` columns) × 100, summed over all rows of that year and area: all three phases and every
  characteristic. There is no Total phase row and no subtotal row, so no row may be left out or counted twice.
  This reproduces DfE's published national figures:

| year | England severe absence (%) |
|---|---|
${lines(p.severe)}

${p.maps}
## Rebuilding

\`npm run data:build\` reads \`../shared/data/dfe\` (beside the project) and writes this folder. \`--from DIR\` names another folder
laid out the same way (\`annual/\`, \`attendance/<yyyy-yy>/\`, \`characteristics/\`); \`--out DIR\` another output
folder. It takes a few seconds. \`npx vitest run --project unit test/scripts\` checks the transforms and that these
files reproduce DfE's published figures. \`timeline.csv\` is not written by the build.

\`first-view.json\` is written last: the first dataset's description and the default Trends chart's figures, computed
by the app's own loader and query on the DuckDB-WASM engine from the CSV above, so the app draws its first chart
before its engine has started (\`test/scripts/first-view.test.ts\` checks that the live query still gives exactly these).

${p.alliance}`;
}
