import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

// Imports flow one way: app -> queries -> data, and app -> (charts, timeline, analysis, data, ui); data, analysis and
// timeline stay free of React and of each other's internals; views never build SQL; charts never query.
const restrict = (patterns) => ['error', { patterns }];
const SQL_BUILDERS = ['**/data/sql/**'];
const ENGINE = ['**/data/engine', '**/data/engine.ts', '**/data/lazy-engine*', '**/data/sql-engine*'];
const VIEWS_PAST_QUERIES = {
  group: [...SQL_BUILDERS, ...ENGINE],
  message: 'Views import queries, request and row types from src/queries, not src/data/sql or the engine.',
};
const CONSOLE_PAST_DATASETS = {
  group: ['**/data/engine*', '**/data/lazy-engine*'],
  message: 'The SQL console reaches the engine through the datasets, not its modules.',
};

// Fenced slices (issue #25 step 3): the view slices and shared folders of src/app, one list with the structure
// script's. A slice links into another view only through that view's URL contract (src/app/url); what several
// views stand on lives in a shared folder, which imports no slice. One config per folder, because a later
// no-restricted-imports replaces an earlier one for the same file: each repeats the query-layer fence.
const APP_FOLDERS = JSON.parse(readFileSync(new URL('./scripts/app-folders.json', import.meta.url), 'utf8'));
const fenced = (folder) => ({
  files: [`src/app/${folder}/**`],
  rules: {
    'no-restricted-imports': restrict([
      folder === 'sql-console' ? CONSOLE_PAST_DATASETS : VIEWS_PAST_QUERIES,
      {
        group: APP_FOLDERS.slices.filter((slice) => slice !== folder).map((slice) => `**/${slice}/**`),
        message:
          'A view imports no other view: link to it through its URL contract in src/app/url, and move what both need to a shared folder (scripts/app-folders.json).',
      },
    ]),
  },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.tmp/', 'data/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: [
            'react',
            'react-dom',
            '@tanstack/react-query',
            '**/app/**',
            '**/charts/**',
            '**/ui/**',
            '**/timeline/**',
            '**/queries/**',
          ],
          message: 'src/data stays free of React and views; its React Query bindings live in src/queries.',
        },
      ]),
    },
  },
  {
    // Views ask the query layer (src/queries) for rows and their SQL; they never build SQL or reach the engine.
    files: ['src/app/**'],
    ignores: ['src/app/sql-console/**'],
    rules: {
      'no-restricted-imports': restrict([VIEWS_PAST_QUERIES]),
    },
  },
  {
    // The one allowed exception: the SQL console's subject is the reader's own SQL text, which it checks with the
    // read-only rules of src/data/sql and runs on a connection of its own (the SqlEngine type); it still never
    // starts or loads the engine itself.
    files: ['src/app/sql-console/**'],
    rules: {
      'no-restricted-imports': restrict([CONSOLE_PAST_DATASETS]),
    },
  },
  ...[...APP_FOLDERS.slices, ...APP_FOLDERS.shared].map(fenced),
  {
    // React Query bindings: queries and hooks over src/data for the views; nothing here draws.
    files: ['src/queries/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/app/**', '**/ui/**', '**/timeline/**', '**/data/engine*', '**/data/lazy-engine*'],
          message: 'src/queries binds src/data to React Query; views import it, not the other way round.',
        },
      ]),
    },
  },
  {
    files: ['src/analysis/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['react', 'react-dom', '@duckdb/*', '**/app/**', '**/charts/**', '**/ui/**', '**/data/**'],
          message: 'src/analysis is pure functions.',
        },
      ]),
    },
  },
  {
    files: ['src/timeline/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['react', 'react-dom', '@duckdb/*', '**/app/**', '**/charts/**', '**/ui/**'],
          message: 'src/timeline holds no views.',
        },
      ]),
    },
  },
  {
    files: ['src/charts/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['@duckdb/*', '@tanstack/*', '**/app/**', '**/data/engine*', '**/data/load*'],
          message: 'charts and ui draw what they are given; they never query.',
        },
      ]),
    },
  },
  // --- URL state (issue #25 step 1): only the URL contracts in src/app/url and url-state.ts read the address. ---
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/url/**', 'src/app/url-state.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'URLSearchParams',
          message: 'Read and write choices through the view’s contract in src/app/url.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // `location.search`, `window.location.search`, `url.searchParams`.
          selector:
            "MemberExpression[property.name='search'][object.name='location'], MemberExpression[property.name='search'][object.property.name='location'], MemberExpression[property.name='searchParams']",
          message: 'Read and write choices through the view’s contract in src/app/url.',
        },
      ],
    },
  },
  // --- end of URL state ---
  {
    // Node scripts outside the TypeScript project: CI's summary line.
    files: ['.ci/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
);
