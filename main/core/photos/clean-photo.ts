import sharp from 'sharp';
import { MAX_PHOTO_BYTES, PHOTO_LONG_SIDE } from '../../../shared/photos/photo-limits.js';
import type { PhotoMime } from './photo-repo.js';

export interface CleanPhoto {
  mime: PhotoMime;
  width: number;
  height: number;
  bytes: Buffer;
}

/** Why a file is not laid on a board; the window words each in its own language. */
export type PhotoRefusal = 'empty' | 'too_big' | 'not_an_image' | 'heic_unsupported';

const READABLE = new Set(['jpeg', 'png', 'webp', 'heif', 'avif', 'tiff', 'gif']);

/**
 * A photo as it may be stored: turned upright by its EXIF orientation, at
 * most 2,400 px on its long side, and without a byte of metadata (sharp
 * writes none unless asked: no EXIF, no GPS, no XMP, no ICC profile, no
 * comments). JPEG, or PNG when the photo is see-through somewhere.
 */
export async function cleanPhoto(file: Uint8Array): Promise<{ ok: true; photo: CleanPhoto } | { ok: false; refusal: PhotoRefusal; why: string }> {
  if (file.byteLength === 0) return { ok: false, refusal: 'empty', why: 'the file is empty' };
  if (file.byteLength > MAX_PHOTO_BYTES) return { ok: false, refusal: 'too_big', why: `the file has ${file.byteLength} bytes, more than ${MAX_PHOTO_BYTES}` };
  let format: string | undefined;
  try {
    const meta = await sharp(file).metadata();
    format = meta.format;
    if (!format || !READABLE.has(format)) return { ok: false, refusal: 'not_an_image', why: `not a photo (${format ?? 'unknown format'})` };
    const transparent = meta.hasAlpha === true && !(await sharp(file).stats()).isOpaque;
    const pipeline = sharp(file, { failOn: 'error' })
      .rotate()
      .resize({ width: PHOTO_LONG_SIDE, height: PHOTO_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb');
    const { data, info } = await (transparent ? pipeline.png() : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 85 })).toBuffer({ resolveWithObject: true });
    return { ok: true, photo: { mime: transparent ? 'image/png' : 'image/jpeg', width: info.width, height: info.height, bytes: data } };
  } catch (error) {
    // libvips reads the HEIF container but this build has no HEVC decoder: say so rather than "not a photo".
    if (format === 'heif') return { ok: false, refusal: 'heic_unsupported', why: `HEIC cannot be decoded here: ${(error as Error).message}` };
    return { ok: false, refusal: 'not_an_image', why: `not a readable photo: ${(error as Error).message}` };
  }
}
