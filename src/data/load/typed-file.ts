import { FILE_FOLDER } from '../engine-lockdown';

/** The tables of a default dataset's typed file (`npm run data:build` writes them). */
export const TYPED_ROWS = 'tidy';
export const TYPED_PERIODS = 'periods';

/** Where the typed file of dataset `id` is registered: the one folder the engine's lockdown lets it read. */
export const typedFileName = (id: string): string => `${FILE_FOLDER}${id}.duckdb`;

/** The name the typed file is attached under, read-only, for as long as its dataset is loaded. */
export const typedDatabase = (id: string): string => `default$${id}`;

/**
 * An empty DuckDB file (`npm run data:build` writes it) that a user's file's typed form is written into: DuckDB-WASM
 * cannot give back a database file it created itself (see scripts/build-data/typed-template.ts).
 */
export const TYPED_TEMPLATE_FILE = 'typed-template.duckdb';
