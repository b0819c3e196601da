/**
 * Builds the curated default data set in `data/` from DfE's published files: `npm run data:build [-- --from DIR]
 * [--out DIR]`. See data/README.md for what each output is and how it was derived.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataSet } from './build-data/build-all';
import { parseArgs } from './build-data/cli-args';
import { FIRST_VIEW_FILE, writeFirstView } from './build-data/first-view';
import { writeTypedDefaults } from './build-data/typed-defaults';
import { writeTypedTemplate } from './build-data/typed-template';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const paths = parseArgs(process.argv.slice(2), process.cwd(), repoRoot);
  const started = performance.now();
  const entries = buildDataSet(paths);
  for (const entry of entries) {
    console.log(
      `${entry.file.padEnd(38)} ${String(entry.rows).padStart(7)} rows ${String(entry.bytes).padStart(10)} bytes`,
    );
  }
  for (const typed of [...(await writeTypedDefaults(paths.out)), await writeTypedTemplate(paths.out)])
    console.log(`${typed.file.padEnd(38)} ${' '.repeat(12)} ${String(typed.bytes).padStart(10)} bytes`);
  const firstViewBytes = await writeFirstView(paths.out);
  console.log(`${FIRST_VIEW_FILE.padEnd(38)} ${' '.repeat(12)} ${String(firstViewBytes).padStart(10)} bytes`);
  console.log(
    `built ${paths.out} from ${paths.from} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`data:build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
