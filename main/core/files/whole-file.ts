import fs from 'node:fs';
import path from 'node:path';

/**
 * A file is written under a temporary name in the folder it is meant for,
 * flushed to disk, and only then given its name: a crash, a kill or a full
 * disk leaves the file whole or absent, never cut short under its real name.
 */
const PARTIAL = /^\.~flipover-(\d+)-.*\.partial(-wal|-shm|-journal)?$/;

let partials = 0;

/** Where a file is written before it is whole; the pid says whose it is, the count keeps two writes of one name apart. */
export function partialPath(folder: string, name: string): string {
  return path.join(folder, `.~flipover-${process.pid}-${++partials}-${name}.partial`);
}

/**
 * Gives a whole, flushed file its name, never over an existing file: a link
 * fails when the name is taken, where a rename would silently replace it.
 */
export function publishWhole(partial: string, file: string): void {
  try {
    fs.linkSync(partial, file);
    fs.rmSync(partial, { force: true });
  } catch (error) {
    if (!linksUnsupported(error)) throw error;
    // FAT and exFAT sticks have no hard links; only one writer uses this folder.
    if (fs.existsSync(file)) throw Object.assign(new Error(`${file} already exists`), { code: 'EEXIST' });
    fs.renameSync(partial, file);
  }
  syncFolder(path.dirname(file));
}

/**
 * Writes a whole file under `name` in `folder`, or `stem (2).ext` and on when
 * that name is taken; resolves with the full path. The bytes go to disk off
 * the main thread, so a large file holds up no window meanwhile.
 */
export async function writeFileWhole(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  await fs.promises.mkdir(folder, { recursive: true });
  const partial = partialPath(folder, name);
  try {
    await writeFlushedLater(partial, bytes);
    const { name: stem, ext } = path.parse(name);
    for (let n = 1; ; n++) {
      const file = path.join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
      try {
        publishWhole(partial, file);
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    await fs.promises.rm(partial, { force: true });
  }
}

async function writeFlushedLater(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes what writers that are gone left half-written; a live writer's file stays. */
export function removeStalePartials(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(PARTIAL.exec(name)?.[1]);
    if (!pid || (pid !== process.pid && isAlive(pid))) continue;
    try {
      fs.rmSync(path.join(folder, name), { force: true, recursive: true });
      removed.push(name);
    } catch {
      // A folder we may not change: the file stays, harmless under its hidden name.
    }
  }
  return removed;
}

export function writeFlushed(file: string, bytes: Uint8Array): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename or link in the folder itself durable; Windows cannot open a folder, and needs no such step. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not possible on this platform; the file's own data is already on disk.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function linksUnsupported(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
