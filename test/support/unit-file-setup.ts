import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { takeBackEngines } from './node-engine';

/**
 * Unit files take turns in long-lived worker processes (`isolate: false` in vite.config.ts), so the modules they
 * import and the globals they change outlive them. Vitest runs this before each file, which then starts as it would in
 * a process of its own: with no global a previous file stubbed (`fetch`, test/support/served-data.ts) and with an
 * empty IndexedDB, IndexedDB being there for every file as it is for every page (fake-indexeddb in Node), and with
 * no performance marks or measures: the timeline is one per process, and a test reading a measure by name must find
 * its own file's, not one an earlier file made under the same name. The DuckDBs earlier files used are taken back, to
 * be reset and lent again (test/support/node-engine.ts).
 */
vi.unstubAllGlobals();
globalThis.indexedDB = new IDBFactory();
performance.clearMarks();
performance.clearMeasures();
takeBackEngines();
