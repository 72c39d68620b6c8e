import { randomFillSync } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/**
 * A real RGBA PNG of noise (which does not compress, so the file is as large
 * as the pixels); `stored` skips compression to make large ones quickly.
 */
export function noisePng(width: number, height: number, stored = false): Buffer {
  const row = 1 + width * 4;
  const raw = randomFillSync(Buffer.alloc(row * height));
  for (let y = 0; y < height; y++) raw[y * row] = 0;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: stored ? 0 : 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
