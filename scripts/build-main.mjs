// Bundles the Node side into dist/main: the browser host, the Electron main
// process (ESM) and the preload (CommonJS, as a sandboxed preload must be).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // Native and runtime-provided modules are loaded, not bundled.
  external: ['better-sqlite3', 'sharp', 'electron', 'ws', 'bufferutil', 'utf-8-validate'],
};

await Promise.all([
  build({
    ...common,
    entryPoints: { 'web-host': 'main/web/cli.ts', 'electron-main': 'main/electron/main.ts' },
    outdir: 'dist/main',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
  }),
  build({
    ...common,
    entryPoints: { preload: 'main/electron/preload.ts' },
    outdir: 'dist/main',
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
  }),
]);
