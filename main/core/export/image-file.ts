import fs from 'node:fs';
import path from 'node:path';
import { format } from 'date-fns';
import { fileNameFrom } from './file-name.js';

/** A name a facilitator recognises in a folder: the board's title and when it was taken. */
export function imageFileName(title: string, at: Date): string {
  return `${fileNameFrom(title, 'Bord')} ${format(at, 'yyyy-MM-dd HH.mm')}.png`;
}

/** Writes the image beside earlier ones, never over them; returns the full path. */
export function writeImage(folder: string, name: string, bytes: Uint8Array): string {
  fs.mkdirSync(folder, { recursive: true });
  const { name: stem, ext } = path.parse(name);
  for (let n = 1; ; n++) {
    const file = path.join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    let fd: number;
    try {
      // 'wx' fails when the file exists, so two saves in one minute both survive.
      fd = fs.openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      return file;
    } catch (error) {
      // A half-written image (a full disk) is worse than none: it goes, once closed.
      try {
        fs.closeSync(fd);
      } catch {
        // Already closed: nothing to release.
      }
      fs.rmSync(file, { force: true });
      throw error;
    }
  }
}
