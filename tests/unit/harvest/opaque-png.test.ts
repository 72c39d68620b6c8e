import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { opaquePng } from '../../../main/core/harvest/pdf/opaque-png.js';
import { decodePng } from '../../support/png.js';

const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** An RGBA PNG whose rows use each of the five filters in turn, as an encoder that picks per row does. */
function rgbaPng(width: number, height: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const stride = width * 4;
  const rows = Array.from({ length: height }, (_, y) => Uint8Array.from({ length: stride }, (_, i) => pixel(Math.floor(i / 4), y)[i % 4]!));
  const raw = Buffer.alloc(height * (stride + 1));
  rows.forEach((row, y) => {
    const filter = y % 5;
    const up = rows[y - 1] ?? new Uint8Array(stride);
    raw[y * (stride + 1)] = filter;
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? row[i - 4]! : 0;
      const upLeft = i >= 4 ? up[i - 4]! : 0;
      const predicted = [0, left, up[i]!, (left + up[i]!) >> 1, paeth(left, up[i]!, upLeft)][filter]!;
      raw[y * (stride + 1) + 1 + i] = (row[i]! - predicted) & 0xff;
    }
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

describe('a board picture made opaque for the PDF', () => {
  it('keeps every opaque pixel and lays the transparent ones on white, whatever filter a row used', async () => {
    const pixel = (x: number, y: number): [number, number, number, number] => [(x * 37 + y) & 0xff, (y * 53) & 0xff, (x * y) & 0xff, x % 3 === 0 ? 0 : x % 3 === 1 ? 128 : 255];
    const out = decodePng(Buffer.from(await opaquePng(rgbaPng(23, 17, pixel))));
    expect([out.width, out.height]).toEqual([23, 17]);
    for (let y = 0; y < 17; y++) {
      for (let x = 0; x < 23; x++) {
        const [r, g, b, a] = pixel(x, y);
        const onWhite = (c: number) => Math.round((c * a + 255 * (255 - a)) / 255);
        const at = (y * 23 + x) * 4;
        expect([...out.rgba.subarray(at, at + 4)], `${x},${y}`).toEqual([onWhite(r), onWhite(g), onWhite(b), 255]);
      }
    }
  });

  it('passes a picture that is not RGBA through untouched', async () => {
    const notPng = Uint8Array.from([1, 2, 3]);
    expect(await opaquePng(notPng)).toBe(notPng);
  });
});
