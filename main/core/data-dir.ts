import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Flipover';

/**
 * The desktop app's own data folder (what Electron calls userData), so the
 * browser host and the desktop app open the same sessions by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}
