import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolved from the bundle's own location (dist/main/electron-main.mjs), which
// holds in development and inside the packaged app alike.
const bundleDir = path.dirname(fileURLToPath(import.meta.url));

export const PRELOAD_PATH = path.join(bundleDir, 'preload.cjs');
export const RENDERER_DIR = path.resolve(bundleDir, '..', 'renderer');

/** The werkvormen library: shipped beside the app when packaged, in resources/ otherwise. */
export const libraryDir = (packaged: boolean): string =>
  packaged ? path.join(process.resourcesPath, 'werkvormen') : path.resolve(bundleDir, '..', '..', 'resources', 'werkvormen');
