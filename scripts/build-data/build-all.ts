import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAnnualAbsence } from './annual-absence';
import { readAttendance } from './attendance-files';
import { combineAttendance } from './attendance-combine';
import { BAND_SOURCE_COLUMNS, buildCharacteristics, readZippedCsv, severeRate } from './characteristics';
import type { BuildPaths } from './cli-args';
import { parseCsv, readCsvFile, toCsv, type Table } from './csv-table';
import { annualMeta, attendanceMeta, characteristicsMeta } from './dataset-meta';
import { ANNUAL, CHARACTERISTICS, TERMS, WEEKLY, WEEKLY_INDICATORS, YTD, type DatasetSpec } from './datasets';
import { buildBoundaries, BOUNDARIES_FILE } from './la-boundaries';
import { laCodesFrom } from './la-codes';
import { mapsSection } from './maps-readme';
import { manifestEntry, renderManifest, type ManifestEntry } from './manifest';
import { renderReadme } from './readme';
import { NEIGHBOURS_FILE } from '../../src/data/neighbours-columns';
import { buildNeighbours } from './statistical-neighbours';

interface Output {
  spec: DatasetSpec;
  table: Table;
  meta: Table;
}

function distinct(table: Table, column: string): string[] {
  const at = table.header.indexOf(column);
  return [...new Set(table.rows.map((row) => row[at] ?? ''))].sort();
}

function bands(from: string): Table {
  const zip = join(from, 'characteristics', 'absence_bands_distributions.zip');
  const raw = parseCsv(readZippedCsv(readFileSync(zip), zip), zip, BAND_SOURCE_COLUMNS);
  return buildCharacteristics(raw, zip);
}

/** Reads the DfE files under `from`, writes the curated data set, manifest and README to `out`. */
export function buildDataSet({ from, out }: BuildPaths): ManifestEntry[] {
  const attendance = readAttendance(join(from, 'attendance'));
  const laCodes = laCodesFrom(attendance.byTime);
  const annual = buildAnnualAbsence(
    readCsvFile(join(from, 'annual', 'lait_absence_measures_long.csv')),
    laCodes.byOldCode,
  );
  const weekly = combineAttendance(attendance.weekly, { keep: WEEKLY_INDICATORS });
  const attendanceSets = [
    { spec: YTD, combined: combineAttendance(attendance.ytd, { timeIdentifier: 'Academic year' }) },
    { spec: TERMS, combined: combineAttendance(attendance.terms) },
    { spec: WEEKLY, combined: weekly },
  ].map(({ spec, combined }) => ({
    spec,
    combined,
    cut: attendanceMeta(attendance.weeklyMeta, combined.table.header),
  }));
  const characteristics = bands(from);
  const outputs: Output[] = [
    { spec: ANNUAL, table: annual.table, meta: annualMeta() },
    ...attendanceSets.map(({ spec, combined, cut }) => ({ spec, table: combined.table, meta: cut.table })),
    { spec: CHARACTERISTICS, table: characteristics, meta: characteristicsMeta() },
  ];

  mkdirSync(out, { recursive: true });
  const write = (file: string, text: string) => writeFileSync(join(out, file), text, 'utf8');
  const entries = outputs.map(({ spec, table, meta }) => {
    const csv = toCsv(table);
    write(spec.file, csv);
    if (spec.meta) write(spec.meta, toCsv(meta));
    return manifestEntry(spec, csv, table.rows.length);
  });
  write('manifest.json', renderManifest(entries));

  // The map and neighbour inputs sit beside the DfE folder (../geo, ../neighbours), as in ../shared/data beside the project.
  const geoPath = join(from, '..', 'geo', 'uk-local-authorities-topo.json');
  const oldCodes = new Map([...laCodes.byOldCode].map(([old, la]) => [la.newCode, old]));
  const boundaries = buildBoundaries(readFileSync(geoPath, 'utf8'), geoPath, oldCodes);
  write(BOUNDARIES_FILE, boundaries.text);
  const neighboursPath = join(from, '..', 'neighbours', 'statistical_neighbours_2025.csv');
  const neighbours = buildNeighbours(
    readCsvFile(neighboursPath),
    neighboursPath,
    new Map([...laCodes.byOldCode].map(([old, la]) => [old, la.newCode])),
  );
  write(NEIGHBOURS_FILE, toCsv(neighbours));

  const readmePath = join(out, 'README.md');
  const previous = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : null;
  const facts = {
    entries,
    annual,
    laChanges: laCodes.changed,
    filled: Object.fromEntries(attendanceSets.map((set) => [set.spec.id, set.combined.filled])),
    unlabelled: Object.fromEntries(attendanceSets.map((set) => [set.spec.id, set.cut.unlabelled])),
    severeRates: distinct(characteristics, 'time_period').map((period) => ({
      period,
      rate: severeRate(characteristics, period),
    })),
    weeklyColumns: weekly.table.header.filter((column) => WEEKLY_INDICATORS.some((kept) => kept === column)),
    maps: mapsSection(boundaries.facts, neighbours.rows.length),
  };
  write('README.md', renderReadme(facts, previous));
  return entries;
}
