import fs from 'node:fs';
import path from 'node:path';
import { partialPath, syncFolder } from '../files/whole-file.js';

export interface FolderFile {
  name: string;
  bytes: Uint8Array;
}

/** How one file reaches the disk; replaceable so a test can make a write fail halfway through a folder. */
export type WriteFile = (file: string, bytes: Uint8Array) => Promise<void>;

export interface WrittenFolder {
  folder: string;
  /** Each file's full path, in the order given. */
  files: string[];
}

/**
 * Writes a folder of files that appears whole or not at all: every file goes
 * to disk in a hidden folder beside the real one, is flushed, and only then
 * is the folder given its name, `name`, or `name (2)` and on when an earlier
 * export holds it. On any failure the hidden folder is removed, so a full
 * disk or a pulled stick leaves nothing a facilitator could mistake for the
 * harvest.
 */
export async function writeFolderWhole(exportDir: string, name: string, files: readonly FolderFile[], write: WriteFile = writeFlushed): Promise<WrittenFolder> {
  await fs.promises.mkdir(exportDir, { recursive: true });
  const hidden = partialPath(exportDir, name);
  try {
    await fs.promises.mkdir(hidden);
    for (const file of files) await write(path.join(hidden, file.name), file.bytes);
    syncFolder(hidden);
    const folder = publishFolder(hidden, exportDir, name);
    return { folder, files: files.map((f) => path.join(folder, f.name)) };
  } finally {
    await fs.promises.rm(hidden, { recursive: true, force: true });
  }
}

/** `name` in the first form that no earlier folder or file holds; a rename onto an empty folder would replace it silently, so taken names are skipped first. */
function publishFolder(hidden: string, exportDir: string, name: string): string {
  for (let n = 1; ; n++) {
    const folder = path.join(exportDir, n === 1 ? name : `${name} (${n})`);
    if (exists(folder)) continue;
    try {
      fs.renameSync(hidden, folder);
      syncFolder(exportDir);
      return folder;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Made by someone else between the look and the rename.
      if (code !== 'EEXIST' && code !== 'ENOTEMPTY' && code !== 'EPERM') throw error;
      if (!exists(folder)) throw error;
    }
  }
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

async function writeFlushed(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Names that stay apart on every disk: Windows and macOS see "Bord.png" and
 * "bord.png" as one file, so a name is taken whatever its case, and a second
 * board of one title becomes "Bord (2).png".
 */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const { name: stem, ext } = path.parse(name);
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
      const key = candidate.normalize('NFC').toLowerCase();
      if (taken.has(key)) continue;
      taken.add(key);
      return candidate;
    }
  };
}
