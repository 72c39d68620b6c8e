import { format } from 'date-fns';
import { fileNameFrom } from './file-name.js';
import { writeFileWhole } from '../files/whole-file.js';

/** A name a facilitator recognises in a folder: the board's title and when it was taken. */
export function imageFileName(title: string, at: Date): string {
  return `${fileNameFrom(title, 'Bord')} ${format(at, 'yyyy-MM-dd HH.mm')}.png`;
}

/** Writes the image whole beside earlier ones, never over them (two saves in one minute both survive); returns the full path. */
export function writeImage(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  return writeFileWhole(folder, name, bytes);
}
