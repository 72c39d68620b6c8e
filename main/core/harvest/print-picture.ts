import sharp from 'sharp';
import type { BoardPicture } from './board-pictures.js';

/**
 * The picture as the PDF embeds it: on a white page, without its alpha
 * channel. A PDF library splits a PNG with alpha into two images and packs
 * both again, pixel by pixel in JavaScript, seconds per board at print
 * resolution; an RGB PNG goes into the PDF as it is. Decoding every pixel
 * here also refuses an image whose chunks are whole but whose data is not.
 */
export async function printPicture(png: Uint8Array): Promise<BoardPicture> {
  const { data, info } = await sharp(png, { failOn: 'error' }).flatten({ background: '#ffffff' }).png({ compressionLevel: 6 }).toBuffer({ resolveWithObject: true });
  return { png: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}
