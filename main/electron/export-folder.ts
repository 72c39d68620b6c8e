import fs from 'node:fs';
import path from 'node:path';
import { app, dialog } from 'electron';
import { log } from '../core/log.js';

const settingsFile = () => path.join(app.getPath('userData'), 'export-folder.json');

/** Where board images go: the folder the facilitator picked, else Downloads. */
export function exportFolder(): string {
  try {
    const { folder } = JSON.parse(fs.readFileSync(settingsFile(), 'utf8')) as { folder?: unknown };
    if (typeof folder === 'string' && path.isAbsolute(folder)) return folder;
  } catch {
    // No choice made yet, or an unreadable file: Downloads it is.
  }
  return process.env.FLIPOVER_EXPORT_DIR || app.getPath('downloads');
}

/** Asks for the folder board images go to, and remembers it. */
export async function chooseExportFolder(): Promise<void> {
  const result = await dialog.showOpenDialog({
    title: 'Map voor bordafbeeldingen',
    defaultPath: exportFolder(),
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = result.filePaths[0];
  if (result.canceled || !folder) return;
  fs.writeFileSync(settingsFile(), JSON.stringify({ folder }));
  log.info(`board images now go to ${folder}`);
}
