import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core must stay portable: no Office.js, no DOM, no Node built-ins, no edge. It imports no
    // package at all (bare specifiers: node:*, fs, react, exceljs, office-js …), and no relative path
    // that reaches an edge folder at any depth (../excel, ../../xlsx/write, ../../src/cli …).
    // tests/core/boundaries.test.ts lints planted imports against this.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^[^.]', message: 'The core imports no packages and no Node built-ins: it runs in every host. Adapt it in an edge.' },
            {
              regex: '^\\.{1,2}/(?:\\.\\./)*(?:src/)?(?:excel|xlsx|docx|pdf|zip|cli|taskpane|bureau|port|wps|web|bench|tests)(?:/|$)',
              message: 'The core must not import an edge (excel, xlsx, docx, pdf, zip, cli, taskpane, bureau …): edges import the core.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window', 'process', 'require'],
    },
  },
  {
    // The task pane reaches the workbook only through the spreadsheet port (useSpreadsheet()); the
    // Office.js adapter is wired in at index.tsx alone, so that WPS and the tests can stand in for it.
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/excel', '**/excel/*'], message: 'The task pane talks to the spreadsheet through the port: useSpreadsheet() from src/taskpane/spreadsheet.' }] },
      ],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'Use the spreadsheet port (useSpreadsheet()), not Office.js.' }],
    },
  },
);
