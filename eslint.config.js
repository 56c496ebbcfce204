// Lint is part of `npm test`. Besides the recommended rules it enforces the layering:
// renderer -> shared and electron -> shared, never the other way, and no Node/Electron in shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'util', 'events'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'dist-cli/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Node scripts (build, start, security scan, CLI entry) run as plain ES modules.
    files: ['**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'URL', 'Buffer'].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'konva', 'react-konva', ...nodeBuiltins],
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node APIs.' },
          { group: ['**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ must not import from renderer/, electron/ or cli/.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins],
        patterns: [
          { group: ['node:*'], message: 'The renderer runs sandboxed: no Node APIs.' },
          { group: ['**/electron/**', '**/cli/**'], message: 'The renderer talks to its host only through the bridge (shared/ipc/contract.ts).' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', '**/cli/**'], message: 'electron/ may import shared/ only.' }],
      }],
    },
  },
);
