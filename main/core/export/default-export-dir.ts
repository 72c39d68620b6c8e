import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The user's Downloads folder: FLIPOVER_EXPORT_DIR when set (tests, or a
 * facilitator who wants another place), else XDG's download dir on Linux,
 * else ~/Downloads.
 */
export function defaultExportDir(): string {
  const fromEnv = process.env.FLIPOVER_EXPORT_DIR;
  if (fromEnv) return path.resolve(fromEnv);
  const xdg = xdgDownloadDir();
  return xdg ?? path.join(os.homedir(), 'Downloads');
}

function xdgDownloadDir(): string | undefined {
  if (process.env.XDG_DOWNLOAD_DIR) return process.env.XDG_DOWNLOAD_DIR;
  try {
    const config = fs.readFileSync(path.join(os.homedir(), '.config', 'user-dirs.dirs'), 'utf8');
    const match = /^XDG_DOWNLOAD_DIR="(.+)"$/m.exec(config);
    return match ? match[1]!.replace('$HOME', os.homedir()) : undefined;
  } catch {
    return undefined;
  }
}
