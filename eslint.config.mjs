// Lint: typescript-eslint's recommended rules, React hooks rules for the app, and the import
// direction the README describes (pages -> api -> domain; functions -> services -> domain and
// ports; adapters -> ports).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.swc/**', 'data/**', 'coverage/**', '.tmp/**', 'bench/results*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['@tarojs/*', 'react', 'react-dom', '@nutui/*'], message: 'domain is pure: no UI framework' },
        { group: ['@cloudbase/*', 'better-sqlite3', 'node:*'], message: 'domain is pure: no platform code' },
        {
          group: ['../api/*', '../pages/*', '../state/*', '../components/*', '**/cloudfunctions/**'],
          message: 'domain imports nothing above it',
        },
      ]),
    },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['../pages/*', '../components/*', '../state/*'], message: 'api sits below pages' },
      ]),
    },
  },
  {
    files: ['cloudfunctions/lib/services/**/*.ts', 'cloudfunctions/lib/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/adapters/**', '@cloudbase/*', 'better-sqlite3'],
          message: 'services and ports never know the adapters',
        },
        { group: ['**/host/**'], message: 'the local host is not deployed' },
      ]),
    },
  },
  {
    files: ['cloudfunctions/lib/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/services/**', '**/host/**'], message: 'adapters implement ports only' },
      ]),
    },
  },
  {
    files: ['cloudfunctions/*/index.ts', 'cloudfunctions/lib/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/adapters/sqlite/**', 'better-sqlite3', '**/host/**'],
          message: 'deployed functions carry no local-only code',
        },
      ]),
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.jest } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
