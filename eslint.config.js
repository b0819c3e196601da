import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Imports flow one way: app -> (charts, timeline, analysis, data, ui); data, analysis and timeline stay free of React
// and of each other's internals; charts never query.
const restrict = (patterns) => ['error', { patterns }];

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
          group: ['react', 'react-dom', '**/app/**', '**/charts/**', '**/ui/**', '**/timeline/**'],
          message: 'src/data stays free of React and views.',
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
