import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';

/**
 * GIF and HEIC uploads go through the real upload route and come back re-encoded (GIF) or turned
 * into a JPEG (HEIC), without what they hid.
 */

let api: TestApi;
let officer: string;

const SECRET = 'GPS 19.6835N 105.5714E nha ong Son';

/**
 * A 96×64 photo as an iPhone stores a portrait: the pixels lie on their side (a red quarter at the
 * top left), the HEIF says "turn 270° counter-clockwise" (irot) and its EXIF says the same
 * (Orientation 6, with Make "Apple", Model "iPhone 13" and the secret in ImageDescription). Made
 * with libheif's heif-enc 1.15 (x265) from a JPEG written by sharp, then an irot property added to
 * the item by hand (heif-enc 1.15 writes none). Shown upright it is 64×96, the red quarter at the
 * top right.
 */
const HEIC = readFileSync(new URL('../fixtures/portrait-rotated.heic', import.meta.url));

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  officer = await api.login(TEST_STAFF.officerA);
});
afterAll(() => api?.close());

/** What the uploader gets back from GET /files/:id (an upload of no idea is its uploader's). */
async function download(id: string) {
  const res = await fetch(`${api.origin}/files/${id}`, {
    headers: { authorization: `Bearer ${officer}` },
  });
  expect(res.status).toBe(200);
  return { headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function attachmentCount(): Promise<number> {
  const [row] = await api.sql('select count(*)::int as n from attachment');
  return row.n;
}

/** A 12×8 animation of three frames, each of its own colour, as sharp writes it. */
async function animatedGif(): Promise<Buffer> {
  const [w, h, frames] = [12, 8, 3];
  const px = Buffer.alloc(w * h * frames * 4);
  for (let f = 0; f < frames; f++) {
    for (let i = 0; i < w * h; i++) {
      px.set([f * 100, (i * 5) & 255, 200 - f * 60, 255], (f * w * h + i) * 4);
    }
  }
  return sharp(px, { raw: { width: w, height: h * frames, channels: 4, pageHeight: h } })
    .gif({ delay: [120, 120, 120], loop: 0 })
    .toBuffer();
}

/** Where a GIF's blocks start: after its header, logical screen descriptor and colour table. */
function gifBlocksStart(gif: Buffer): number {
  const flags = gif[10]!;
  return 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
}

/**
 * The blocks of a GIF: its extensions by label (an application extension by its identifier, such
 * as "NETSCAPE2.0"), its frames, and where its trailer ends.
 */
function gifBlocks(gif: Buffer): { extensions: string[]; frames: number; end: number } {
  let at = gifBlocksStart(gif);
  const extensions: string[] = [];
  let frames = 0;
  const skipSubBlocks = () => {
    while (gif[at] !== 0) at += gif[at]! + 1;
    at += 1;
  };
  for (;;) {
    const block = gif[at];
    if (block === 0x21) {
      const label = gif[at + 1]!;
      extensions.push(
        label === 0xff ? gif.toString('latin1', at + 3, at + 14) : label.toString(16),
      );
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      frames += 1;
      const flags = gif[at + 9]!;
      at += 10 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0) + 1; // + LZW minimum code size
      skipSubBlocks();
    } else if (block === 0x3b) {
      return { extensions, frames, end: at + 1 };
    } else {
      throw new Error(`not a GIF block at byte ${at}`);
    }
  }
}

function gifExtension(label: number, identifier: string | null, body: string): Buffer {
  const data = Buffer.from(body);
  return Buffer.concat([
    Buffer.from([0x21, label]),
    identifier ? Buffer.concat([Buffer.from([11]), Buffer.from(identifier)]) : Buffer.alloc(0),
    Buffer.from([data.length]),
    data,
    Buffer.from([0]),
  ]);
}

const refusedAsBroken = (r: { status: number; body: any }) => {
  expect(r.status).toBe(400);
  expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(r.body.errors[0].extensions.fieldErrors.file).toMatch(/hỏng hoặc không đọc được/);
};

describe('GIF uploads', () => {
  it('keep every frame but lose comments, application extensions and trailing bytes', async () => {
    const clean = await animatedGif();
    const at = gifBlocksStart(clean);
    const gif = Buffer.concat([
      clean.subarray(0, at),
      gifExtension(0xfe, null, SECRET),
      gifExtension(0xff, 'XMP DataXMP', `<x:xmpmeta>${SECRET}</x:xmpmeta>`),
      clean.subarray(at),
      Buffer.from(`PK\x03\x04 appended after the trailer: ${SECRET}`),
    ]);
    const sent = gifBlocks(gif);
    expect(sent.extensions).toEqual(expect.arrayContaining(['fe', 'XMP DataXMP']));
    expect(sent.end).toBeLessThan(gif.length);
    expect((await sharp(gif, { animated: true }).metadata()).pages).toBe(3);

    const up = await api.upload('meo-nhay.gif', gif, { token: officer });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: 'meo-nhay.gif', mimeType: 'image/gif' });
    const { headers, body: stored } = await download(up.body.id);
    expect(headers.get('content-type')).toBe('image/gif');
    expect(stored.subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(stored.includes(Buffer.from(SECRET))).toBe(false);
    const kept = gifBlocks(stored);
    expect(kept.end).toBe(stored.length);
    expect(kept.frames).toBe(3);
    expect(kept.extensions.filter((e) => e !== 'f9' && e !== 'NETSCAPE2.0')).toEqual([]);
    const meta = await sharp(stored, { animated: true }).metadata();
    expect(meta).toMatchObject({ format: 'gif', pages: 3, width: 12, pageHeight: 8, loop: 0 });
    expect(meta.delay).toEqual([120, 120, 120]);
    expect(up.body.size).toBe(stored.length);
    expect(up.body.sha256).toBe(createHash('sha256').update(stored).digest('hex'));
  });

  it('refuse a GIF that cannot be decoded, and store nothing', async () => {
    const before = await attachmentCount();
    const gif = await animatedGif();
    refusedAsBroken(await api.upload('hong.gif', gif.subarray(0, 60), { token: officer }));
    expect(await attachmentCount()).toBe(before);
  });
});

describe('HEIC uploads', () => {
  it('are stored as an upright JPEG named .jpg, without the EXIF', async () => {
    expect(HEIC.subarray(4, 12).toString('latin1')).toBe('ftypheic');
    expect(HEIC.includes(Buffer.from(SECRET))).toBe(true);
    const up = await api.upload('IMG_0042.HEIC', HEIC, { token: officer });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: 'IMG_0042.jpg', mimeType: 'image/jpeg' });
    const [row] = await api.sql('select file_name, mime_type, size from attachment where id = $1', [
      up.body.id,
    ]);
    expect(row).toEqual({ file_name: 'IMG_0042.jpg', mime_type: 'image/jpeg', size: up.body.size });

    const { headers, body: jpeg } = await download(up.body.id);
    expect(headers.get('content-type')).toBe('image/jpeg');
    expect(headers.get('content-disposition')).toContain("filename*=UTF-8''IMG_0042.jpg");
    expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(jpeg.length).toBe(up.body.size);
    expect(jpeg.includes(Buffer.from(SECRET))).toBe(false);
    expect(jpeg.includes(Buffer.from('iPhone'))).toBe(false);
    const meta = await sharp(jpeg).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 64, height: 96, channels: 3 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Upright once: turned by the HEIF's irot, not a second time by its EXIF orientation.
    const { data: px, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [
      ...px.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    const isRed = ([r, g, b]: number[]) => r! > 180 && g! < 80 && b! < 80;
    expect(isRed(pixel(56, 8))).toBe(true);
    expect(isRed(pixel(8, 8))).toBe(false);
    expect(isRed(pixel(56, 88))).toBe(false);
  });

  it('turn a .heif name into .jpg as well', async () => {
    const up = await api.upload('anh chup.heif', HEIC, { token: officer });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ fileName: 'anh chup.jpg', mimeType: 'image/jpeg' });
  });

  it('refuse a HEIC that cannot be decoded or is too large, and store nothing', async () => {
    const before = await attachmentCount();
    refusedAsBroken(await api.upload('IMG_0043.HEIC', HEIC.subarray(0, 600), { token: officer }));
    // The same photo claiming 10000×8000 pixels (80 MP, over the 60 MP limit) in its ispe box.
    const huge = Buffer.from(HEIC);
    const ispe = huge.indexOf('ispe');
    huge.writeUInt32BE(10_000, ispe + 8);
    huge.writeUInt32BE(8_000, ispe + 12);
    refusedAsBroken(await api.upload('IMG_0044.HEIC', huge, { token: officer }));
    expect(await attachmentCount()).toBe(before);
  });
});
