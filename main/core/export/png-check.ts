import { crc32 } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type PngCheck = { ok: true; width: number; height: number } | { ok: false; problem: string };

/**
 * Walks every chunk of a PNG: each length inside the bytes, each CRC right,
 * IHDR first, image data present, IEND last and nothing after it. A header
 * alone says nothing of an image cut short in transit.
 */
export function checkPng(bytes: Uint8Array): PngCheck {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return { ok: false, problem: 'no PNG signature' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let size: { width: number; height: number } | undefined;
  let imageData = false;
  for (let index = 0; offset < bytes.length; index++) {
    if (offset + 12 > bytes.length) return { ok: false, problem: `chunk ${index} is cut short` };
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return { ok: false, problem: `chunk ${index} (${type}) runs past the end` };
    const stored = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== stored) return { ok: false, problem: `chunk ${index} (${type}) has a wrong CRC` };
    if (index === 0) {
      if (type !== 'IHDR' || length !== 13) return { ok: false, problem: 'the first chunk is not IHDR' };
      size = { width: view.getUint32(offset + 8), height: view.getUint32(offset + 12) };
      if (size.width === 0 || size.height === 0) return { ok: false, problem: 'the image has no width or height' };
    }
    if (type === 'IDAT') imageData = true;
    if (type === 'IEND') {
      if (end !== bytes.length) return { ok: false, problem: 'bytes follow IEND' };
      if (!imageData) return { ok: false, problem: 'no image data' };
      return { ok: true, ...size! };
    }
    offset = end;
  }
  return { ok: false, problem: 'no IEND chunk: the image is cut short' };
}
