/**
 * DuckDB-WASM will fetch any URL a query names (`read_csv('https://…')`) and download extensions when a query needs
 * one (`to_json` loads json). The app needs neither, and the page must talk to its own origin only, so every engine
 * starts like this: extensions off, files only from the folder the loader registers into, no external access, and
 * the configuration locked so no later statement can undo it.
 */
export const FILE_FOLDER = 'lens-files/';

export const LOCKDOWN_STATEMENTS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  `SET allowed_directories = ['${FILE_FOLDER}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
] as const;

/**
 * The SQL console's connection runs each statement inside a transaction that cannot write, and then rolls it back:
 * should a statement that writes ever get past the console's checks, DuckDB refuses it there.
 */
export const CONSOLE_TRANSACTION = { begin: 'BEGIN TRANSACTION READ ONLY', end: 'ROLLBACK' } as const;
