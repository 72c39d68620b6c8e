// Layer rules: shared/ is pure TypeScript, the renderer never reaches into
// main/, and only main/electron/ may import Electron.
import js from '@eslint/js';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const restrict = (patterns, paths = []) => ['error', { paths, patterns }];

const noNode = [
  { group: ['node:*'], message: 'Node.js modules belong in main/.' },
  ...nodeBuiltins.map((name) => ({ group: [name, `${name}/*`], message: 'Node.js modules belong in main/.' })),
];
const noElectron = [{ group: ['electron', 'electron/*'], message: 'Only main/electron/ may import electron.' }];
const noUi = [{ group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'konva', 'konva/*', 'react-konva'], message: 'UI libraries belong in renderer/.' }];
const noNative = [{ group: ['better-sqlite3', 'ws'], message: 'Storage and sockets belong in main/.' }];
const intoMain = { regex: '(^|/)main/', message: 'The renderer talks to main only through its client (renderer/src/client).' };
const intoRenderer = { regex: '(^|/)renderer/', message: 'main/ and shared/ never import the renderer.' };
const intoElectron = { regex: '(^|/)electron/', message: 'Only main/electron/ itself uses the Electron shell.' };

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', 'release/**', 'node_modules/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': restrict([...noNode, ...noElectron, ...noUi, ...noNative, intoMain, intoRenderer]),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', '__dirname', 'localStorage'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': restrict([...noNode, ...noElectron, ...noNative, intoMain]) },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: { 'no-restricted-imports': restrict([...noElectron, ...noUi, intoRenderer, intoElectron]) },
  },
  {
    files: ['main/electron/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...noUi, intoRenderer]) },
  },
);
