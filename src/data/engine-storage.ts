import { LOCKDOWN_STATEMENTS } from './engine-lockdown';

/**
 * Tables live in an in-memory database that compresses its blocks as a file-backed one does (DuckDB ≥ 1.2): the
 * default in-memory database keeps every value uncompressed, which made a loaded file take several times its size.
 * Typed, compressed columns are also what queries scan, so a big file stays quick to chart.
 */
export const STORAGE_STATEMENTS = ["ATTACH ':memory:' AS lens (COMPRESS)", 'USE lens'] as const;

/** A connection opened later (the SQL console's) starts in DuckDB's own database: `USE` holds per connection. */
export const USE_STORAGE = 'USE lens';

/** Every engine, in the browser and in Node tests, starts with these: compressed storage, then the lockdown. */
export const ENGINE_START_STATEMENTS = [...STORAGE_STATEMENTS, ...LOCKDOWN_STATEMENTS] as const;
