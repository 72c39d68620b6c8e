import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../main/core/data-dir.js';

describe('default data folder, the same as the desktop app', () => {
  it('follows XDG on Linux', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x/config' }, 'linux')).toBe(path.join('/x/config', 'Flipover'));
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Flipover'));
  });

  it('uses Application Support on macOS and APPDATA on Windows', () => {
    expect(defaultDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Flipover'));
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\a\\AppData\\Roaming', 'Flipover'),
    );
  });
});
