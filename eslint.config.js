// Lint is part of `npm test`. Besides the recommended rules it enforces the layering:
// renderer -> shared and electron -> shared, never the other way, and no Node/Electron in shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'util', 'events'];

// Browser globals that read like ordinary local names (the list of create-react-app's
// confusing-browser-globals): a renamed local left behind as `length` compiled as window.length,
// which is 0, and clamped a field to it. The renderer writes them as window.x; shared/ never names them.
const confusingBrowserGlobals = [
  'addEventListener', 'blur', 'close', 'closed', 'confirm', 'defaultStatus', 'defaultstatus', 'event', 'external', 'find',
  'focus', 'frameElement', 'frames', 'history', 'innerHeight', 'innerWidth', 'length', 'location', 'locationbar', 'menubar',
  'moveBy', 'moveTo', 'name', 'onblur', 'onerror', 'onfocus', 'onload', 'onresize', 'onunload', 'open', 'opener', 'opera',
  'outerHeight', 'outerWidth', 'pageXOffset', 'pageYOffset', 'parent', 'print', 'removeEventListener', 'resizeBy', 'resizeTo',
  'screen', 'screenLeft', 'screenTop', 'screenX', 'screenY', 'scroll', 'scrollbars', 'scrollBy', 'scrollTo', 'scrollX',
  'scrollY', 'self', 'status', 'statusbar', 'stop', 'toolbar', 'top',
].map((name) => ({ name, message: `the browser's global ${name}: write window.${name} if that is meant, or define a local` }));

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
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer', 'localStorage', ...confusingBrowserGlobals],
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
      'no-restricted-globals': ['error', ...confusingBrowserGlobals],
    },
  },
  {
    // A Worker's global scope is `self`, which its code names on purpose.
    files: ['renderer/**/*.worker.ts'],
    rules: {
      'no-restricted-globals': ['error', ...confusingBrowserGlobals.filter((g) => g.name !== 'self')],
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
