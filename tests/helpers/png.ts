/** Small PNG images made in the tests, so no image file is needed. */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A width×height RGB gradient (a sunset over a field, roughly). */
export function png(width: number, height: number, extra: [string, Buffer][] = []): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const sky = y < height * 0.6;
      row[1 + x * 3] = sky ? 240 - Math.round((y / height) * 80) : 40;
      row[2 + x * 3] = sky
        ? 120 + Math.round((x / width) * 80)
        : 140 + Math.round((x / width) * 60);
      row[3 + x * 3] = sky ? 60 : 50;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...extra.map(([type, data]) => chunk(type, data)),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A PNG carrying what a phone's photo may reveal: a text comment and an EXIF block (here with
 * a home's position), before the image data.
 */
export function pngWithMetadata(width: number, height: number, secret: string): Buffer {
  const exif = Buffer.concat([
    Buffer.from('MM\0*\0\0\0\x08', 'binary'),
    Buffer.from(secret, 'utf8'),
  ]);
  return png(width, height, [
    ['tEXt', Buffer.from(`Comment\0${secret}`, 'latin1')],
    ['eXIf', exif],
  ]);
}
