import { photoIdOf } from '../../../shared/photos/photo-path.js';
import type { StoredPhoto } from './photo-repo.js';

export type PhotoLookup = (id: string) => StoredPhoto | undefined;

/** A photo's pixels for a window; `undefined` when the path names no photo path at all, `null` when it names one not stored. */
export function photoFile(lookup: PhotoLookup, pathname: string): { body: Buffer; contentType: string } | null | undefined {
  if (!pathname.startsWith('/photos/')) return undefined;
  const id = photoIdOf(pathname);
  const photo = id === undefined ? undefined : lookup(id);
  return photo ? { body: photo.bytes, contentType: photo.mime } : null;
}
