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
