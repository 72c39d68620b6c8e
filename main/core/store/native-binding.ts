import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The better-sqlite3 binary built for this runtime's ABI, as kept by
 * scripts/ensure-native.mjs; undefined means the module's own build (a
 * packaged app, where electron-builder built it for Electron).
 */
export function nativeBindingPath(): string | undefined {
  const require = createRequire(import.meta.url);
  let moduleDir: string;
  try {
    moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  } catch {
    return undefined;
  }
  const runtime = process.versions.electron ? 'electron' : 'node';
  const key = `${runtime}-${process.versions.modules}-${process.platform}-${process.arch}`;
  const file = path.join(moduleDir, '..', '.cache', 'flipover-native', key, 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}
