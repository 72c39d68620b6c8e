// Where a better-sqlite3 binary built for one runtime ABI is kept, so that
// Node (tests, browser host) and Electron (desktop app) each load their own
// build without rebuilding on every switch. main/core/store/native-binding.ts
// reads the same layout.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const moduleDir = path.join(root, 'node_modules', 'better-sqlite3');
export const builtBinary = path.join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

export const cacheKey = (runtime, abi) => `${runtime}-${abi}-${process.platform}-${process.arch}`;

export const cachedBinary = (runtime, abi) =>
  path.join(root, 'node_modules', '.cache', 'flipover-native', cacheKey(runtime, abi), 'better_sqlite3.node');
