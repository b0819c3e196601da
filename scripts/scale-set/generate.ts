import path from 'node:path';
import { createNativeEngine } from '../native-engine';
import { ROWS_PER_SCHOOL_YEAR } from './rows-sql';
import { writeScaleSet } from './write-set';

/**
 * `npm run data:scale [-- --rows=N --out=DIR --layout=level|year-level]`: a synthetic EES school-level absence set of at least N rows (10
 * million by default) for hosting beside the app. Written by native DuckDB in a minute or so; never committed.
 */
const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key = '', value = ''] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const rows = Number(args.get('rows') ?? 10_000_000);
if (!Number.isSafeInteger(rows) || rows < 1) {
  console.error(`--rows must be a whole number of rows, at least 1 (got "${args.get('rows')}").`);
  process.exit(2);
}
const outDir = path.resolve(args.get('out') ?? 'hosted/scale');
const layout = args.get('layout') ?? 'level';
if (layout !== 'level' && layout !== 'year-level') {
  console.error(
    `--layout must be level (one file a level) or year-level (one a year and level), not "${layout}".`,
  );
  process.exit(2);
}
const years = [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024];
const schools = Math.ceil(rows / (years.length * ROWS_PER_SCHOOL_YEAR));

const started = Date.now();
const engine = await createNativeEngine();
try {
  const manifest = await writeScaleSet(engine, {
    id: 'scale',
    title: 'School-level absence (synthetic, hosted)',
    shape: { schools, years },
    outDir,
    layout,
  });
  const bytes = manifest.partitions.reduce((sum, p) => sum + p.bytes, 0);
  console.log(
    `${manifest.dataset.rows.toLocaleString('en-GB')} rows in ${manifest.partitions.length} files, ` +
      `${(bytes / 1e6).toFixed(1)} MB, in ${outDir} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
} finally {
  engine.close();
}
