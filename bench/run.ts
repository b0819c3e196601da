// npm run bench: the production build in headless Chromium, measured in one run against native DuckDB and PapaParse.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateLargeCsv } from '../scripts/generate-large-csv';
import { openPage } from '../test/e2e/support/browser';
import { ingestAndChart } from './browser-ingest';
import { coldStart } from './cold-start';
import { runConsoleBench } from './console-query';
import { runCeilingBench } from './ingest-ceiling';
import { defaultsReady, defaultsReadyReport, runDefaultsBench } from './defaults-ready';
import { runWarmBench } from './engine-warm';
import { runMemoryFloorBench } from './memory-floor';
import { DEFAULT_CHANGES, interactionP95, LARGE_CHANGES } from './interaction';
import { runInteractionBench } from './interaction-run';
import { nativeAppIngest } from './native-app-ingest';
import { mapRedrawP95, mapRedrawReport, runMapBench } from './map-redraw';
import { nativeIngest } from './native-ingest';
import { papaparseIngest } from './papaparse-ingest';
import { runReloadBench } from './reload-restore';
import { runScaleBench } from './scale';
import { serveProductionBuild } from './serve-build';
import { median } from './stats';

const LARGE = path.resolve(import.meta.dirname, '../.tmp/large.csv');
const ROWS = 1_000_000;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

async function main(): Promise<void> {
  // `npm run bench -- --only=map`: the map redraw alone (about a minute), without the large file's ingest.
  if (process.argv.includes('--only=map')) return runMapBench();
  // `npm run bench -- --only=defaults`: engine and default datasets ready, first and repeat visits (a few minutes).
  if (process.argv.includes('--only=defaults')) return runDefaultsBench();
  // `npm run bench -- --only=warm`: the engine's start step by step, first and repeat visits, wasm code cache kept?
  if (process.argv.includes('--only=warm')) return runWarmBench();
  // `npm run bench -- --only=memory`: Chromium alone, with only DuckDB's worker, and the app with its defaults.
  if (process.argv.includes('--only=memory')) return runMemoryFloorBench();
  // `npm run bench -- --only=console`: the SQL console's 15M-row query, first page, count and longest task (issue 28).
  if (process.argv.includes('--only=console')) return runConsoleBench();
  // `npm run bench -- --only=reload`: the large file's first chart, then reloads restoring it and re-parsing it.
  if (process.argv.includes('--only=reload')) return runReloadBench();
  // `npm run bench -- --only=scale`: a 10M-row hosted set read by HTTP ranges (written once into hosted/, issue 24).
  if (process.argv.includes('--only=scale')) return runScaleBench();
  // `npm run bench -- --only=ceiling`: native DuckDB's and DuckDB-WASM's plain reads of the large file (issue 24).
  if (process.argv.includes('--only=ceiling')) return runCeilingBench();
  // `npm run bench -- --only=interaction`: both interaction p95s, per change and where the time goes (issue 24).
  if (process.argv.includes('--only=interaction')) return runInteractionBench();
  if (!existsSync(LARGE)) {
    console.log(`Generating ${LARGE} (${ROWS.toLocaleString('en-GB')} rows)…`);
    await generateLargeCsv({ rows: ROWS, out: LARGE });
  }
  const bytes = statSync(LARGE).size;
  const server = await serveProductionBuild();
  try {
    console.log('Cold start (5 fresh page loads)…');
    const cold = await coldStart(server.url, 5);
    console.log('Engine and default datasets ready (5 first visits, each followed by a repeat visit)…');
    const ready = await defaultsReady(server.url, 5);

    console.log('Interaction on the default data (60 changes)…');
    const open = await openPage(server.url);
    await open.page.goto(server.url);
    await open.page.waitForSelector('[data-chart][data-state="ready"]', { timeout: 60_000 });
    // Measured once the default files have loaded: while they load in the background a query can wait behind one
    // (the engine runs one statement at a time), which is start-up, not interaction.
    await open.page.waitForFunction(() => !document.querySelector('.load-progress li'), null, {
      timeout: 120_000,
    });
    const small = await interactionP95(open.page, DEFAULT_CHANGES, 60);
    console.log('Map redraw on the default data (40 period and indicator changes)…');
    const map = await mapRedrawP95(open, server.url, 40);

    console.log(`Ingest of ${(bytes / 1e6).toFixed(0)} MB through "Add data files"…`);
    const ingest = await ingestAndChart(open.page, LARGE, bytes);
    console.log('Interaction with the large file loaded (60 changes)…');
    const large = await interactionP95(open.page, LARGE_CHANGES, 60);
    const errors = [...open.consoleErrors];
    await open.close();

    console.log('Native DuckDB and PapaParse on the same file (median of 3)…');
    const native = await nativeIngest(LARGE, 3);
    console.log("Native DuckDB running the app's own load SQL on the same file (median of 3)…");
    const nativeSameSql = await nativeAppIngest(LARGE, 3);
    const papa = await papaparseIngest(LARGE, 3);

    const result = {
      first_chart_ms: round(cold.medianMs, 0),
      engine_ready_ms: ready.engine_ready_ms,
      engine_ready_warm_ms: ready.engine_ready_warm_ms,
      defaults_ready_ms: ready.defaults_ready_ms,
      defaults_ready_warm_ms: ready.defaults_ready_warm_ms,
      ingest_mb_s: round(ingest.mbPerSecond),
      native_mb_s: round(native.mbPerSecond),
      native_same_sql_mb_s: round(nativeSameSql.mbPerSecond),
      papaparse_mb_s: round(papa.mbPerSecond),
      ingest_vs_native: round(ingest.mbPerSecond / native.mbPerSecond, 2),
      ingest_vs_papaparse: round(ingest.mbPerSecond / papa.mbPerSecond, 2),
      interaction_p95_ms: round(small.p95),
      interaction_p95_large_ms: round(large.p95),
      map_redraw_p95_ms: round(map.p95),
      peak_memory_mb: round(ingest.peakMemoryMb, 0),
      peak_memory_ratio: round((ingest.peakMemoryMb * 1024 * 1024) / bytes, 2),
      memory_before_ingest_mb: round(ingest.baselineMemoryMb, 0),
      ingest_parts: ingest.parts,
      first_chart_parts: cold.parts,
      map_redraw_ahead: map.ahead,
      map_redraw_parts: map.parts,
    };
    const rows: [string, string, string][] = [
      [
        'First chart (median of 5 cold loads)',
        `${result.first_chart_ms} ms (${cold.runs.map((r) => r.toFixed(0)).join(', ')})`,
        'under 1000 ms',
      ],
      [
        'First chart, where the time goes (median ms from navigation)',
        `first paint ${cold.parts.first_paint_ms}, chart usable (drawn by the script) ${cold.parts.interactive_ms}, first query ${cold.parts.first_query_ms}, wasm compiled ${cold.parts.wasm_ms}, engine ready ${cold.parts.engine_ready_ms}`,
        '',
      ],
      ...defaultsReadyReport(ready),
      [
        'Ingest in the browser (dropped-file path)',
        `${result.ingest_mb_s} MB/s (${ingest.seconds.toFixed(1)} s for ${(bytes / 1e6).toFixed(0)} MB)`,
        '',
      ],
      [
        'Ingest, where the time goes (ms)',
        `roles from a sample ${ingest.parts.roles_ms}, reading the file ${ingest.parts.read_ms} (roles included), describing it ${ingest.parts.describe_ms} (${round((100 * ingest.parts.describe_ms) / (ingest.seconds * 1000), 0)}% of the load)`,
        'describing at most 15%',
      ],
      ['Native DuckDB (@duckdb/node-api), read_csv all text', `${result.native_mb_s} MB/s`, ''],
      ["Native DuckDB running the app's load SQL", `${result.native_same_sql_mb_s} MB/s`, ''],
      ['PapaParse streaming (Node)', `${result.papaparse_mb_s} MB/s`, ''],
      ['Ingest vs native', `${result.ingest_vs_native}`, 'at least 0.6'],
      ['Ingest vs PapaParse', `${result.ingest_vs_papaparse}`, 'at least 2'],
      [
        'Interaction p95, default data',
        `${result.interaction_p95_ms} ms (median ${round(median(small.times))} ms; first ten ${small.times
          .slice(0, 10)
          .map((t) => t.toFixed(0))
          .join(', ')})`,
        'at most 50 ms',
      ],
      [
        'Interaction p95, large file loaded',
        `${result.interaction_p95_large_ms} ms (median ${round(median(large.times))} ms)`,
        'under 100 ms',
      ],
      [
        "Peak browser memory during ingest (PSS, the bench's own Chromium processes)",
        `${result.peak_memory_mb} MB = ${result.peak_memory_ratio}× the file (${result.memory_before_ingest_mb} MB before the file was added)`,
        'at most 3× the file',
      ],
      ...mapRedrawReport(map),
    ];
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log('');
    for (const [name, value, target] of rows)
      console.log(`${name.padEnd(width)}  ${value}${target ? `   [target: ${target}]` : ''}`);
    if (errors.length) console.log(`Console errors during the run: ${errors.join(' | ')}`);
    console.log(JSON.stringify(result));
  } finally {
    await server.close();
  }
}

await main();
