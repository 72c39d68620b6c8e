import { promisify } from 'node:util';
import { crc32, deflate, inflate } from 'node:zlib';

const inflated = promisify(inflate);
const deflated = promisify(deflate);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const RGBA = 6;
const RGB = 2;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Undoes one row's PNG filter in place (PNG spec, section 9), `previous` being the row above unfiltered; one loop per filter, as this runs for every byte of a board. */
function unfilter(filter: number, row: Uint8Array, previous: Uint8Array, bpp: number): void {
  const n = row.length;
  if (filter === 1) for (let i = bpp; i < n; i++) row[i] = (row[i]! + row[i - bpp]!) & 0xff;
  else if (filter === 2) for (let i = 0; i < n; i++) row[i] = (row[i]! + previous[i]!) & 0xff;
  else if (filter === 3) {
    for (let i = 0; i < bpp; i++) row[i] = (row[i]! + (previous[i]! >> 1)) & 0xff;
    for (let i = bpp; i < n; i++) row[i] = (row[i]! + ((row[i - bpp]! + previous[i]!) >> 1)) & 0xff;
  } else if (filter === 4) {
    for (let i = 0; i < bpp; i++) row[i] = (row[i]! + previous[i]!) & 0xff;
    for (let i = bpp; i < n; i++) row[i] = (row[i]! + paeth(row[i - bpp]!, previous[i]!, previous[i - bpp]!)) & 0xff;
  }
}

/**
 * An RGBA picture (what a canvas writes) as an RGB one laid on white paper.
 * The PDF library splits every pixel's alpha out in JavaScript, which for a
 * board at print resolution takes seconds; inflating and deflating with
 * zlib takes a fraction of that and prints the same; zlib works off the
 * main thread, so several boards are done side by side. Anything else (RGB
 * already, other depths, interlaced) is returned as it came.
 */
export async function opaquePng(png: Uint8Array): Promise<Uint8Array> {
  const file = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (file.length < 33 || !file.subarray(0, 8).equals(SIGNATURE)) return png;
  const header = file.subarray(16, 29);
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  if (header[8] !== 8 || header[9] !== RGBA || header[12] !== 0) return png;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= file.length; ) {
    const length = file.readUInt32BE(at);
    if (file.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = await inflated(Buffer.concat(data));
  const stride = width * 4;
  if (raw.length < height * (stride + 1)) return png;
  const out = Buffer.alloc(height * (width * 3 + 1));
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const row = new Uint8Array(raw.buffer, raw.byteOffset + start + 1, stride);
    unfilter(raw[start]!, row, previous, 4);
    let o = y * (width * 3 + 1) + 1;
    for (let i = 0; i < stride; i += 4) {
      const alpha = row[i + 3]!;
      if (alpha === 255) {
        out[o++] = row[i]!;
        out[o++] = row[i + 1]!;
        out[o++] = row[i + 2]!;
        continue;
      }
      const paper = 255 * (255 - alpha) + 127;
      out[o++] = (row[i]! * alpha + paper) / 255;
      out[o++] = (row[i + 1]! * alpha + paper) / 255;
      out[o++] = (row[i + 2]! * alpha + paper) / 255;
    }
    previous = row;
  }
  const ihdr = Buffer.from(header);
  ihdr[9] = RGB;
  return Buffer.concat([SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', await deflated(out, { level: 6 })), chunk('IEND', Buffer.alloc(0))]);
}
