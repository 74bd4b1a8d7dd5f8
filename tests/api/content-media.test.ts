import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { TEST_STAFF } from '@khoi-nguon/api/testing';
import { startTestApi, type TestApi } from '../helpers/api.js';
import { createPost, testImage, uploadImage, uploadMedia } from '../helpers/content.js';

let api: TestApi;
let editor: string;
let council: string;

beforeAll(async () => {
  api = await startTestApi({ config: { runJobs: false } });
  [editor, council] = await Promise.all([
    api.login(TEST_STAFF.editor),
    api.login(TEST_STAFF.council),
  ]);
});
afterAll(() => api?.close());

const UPDATE_MEDIA = `mutation ($id: ID!, $input: MediaInput!) {
  updateMedia(id: $id, input: $input) { id alt caption focalX focalY variants { name format width height url } } }`;
const DELETE_MEDIA = `mutation ($id: ID!) { deleteMedia(id: $id) }`;

async function mediaCount(): Promise<number> {
  const [row] = await api.sql('select count(*)::int as n from media_asset');
  return row.n;
}

describe('media upload', () => {
  it('turns an image into every named size in AVIF, WebP and JPEG, served immutable', async () => {
    const r = await uploadMedia(api, {
      fileName: 'Lễ phát động.png',
      data: await testImage(2000, 1200),
      alt: 'Toàn cảnh lễ phát động phong trào tại hội trường xã',
      caption: 'Ảnh: Phòng Văn hóa – Xã hội',
      token: editor,
    });
    expect(r.status).toBe(201);
    const asset = r.body;
    expect(asset).toMatchObject({
      kind: 'IMAGE',
      filename: 'Lễ phát động.png',
      mimeType: 'image/png',
      width: 2000,
      height: 1200,
      alt: 'Toàn cảnh lễ phát động phong trào tại hội trường xã',
    });
    const sizes = asset.variants
      .map((v: any) => `${v.name} ${v.format} ${v.width}x${v.height}`)
      .sort();
    expect(sizes).toEqual(
      [
        ['thumb', 320, 192],
        ['small', 640, 384],
        ['medium', 1024, 614],
        ['large', 1600, 960],
        ['og', 1200, 630],
      ]
        .flatMap(([n, w, h]) => ['avif', 'webp', 'jpeg'].map((f) => `${n} ${f} ${w}x${h}`))
        .sort(),
    );
    expect(asset.url).toBe(
      asset.variants.find((v: any) => v.name === 'large' && v.format === 'jpeg').url,
    );

    // Every variant is what it says, and cached for good.
    for (const v of asset.variants) {
      const res = await fetch(v.url);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const data = Buffer.from(await res.arrayBuffer());
      expect(data.length).toBe(v.bytes);
      const meta = await sharp(data).metadata();
      expect([meta.format === 'heif' ? 'avif' : meta.format, meta.width, meta.height]).toEqual([
        v.format,
        v.width,
        v.height,
      ]);
    }
    // The GraphQL view is the same.
    const q = await api.gql(
      `query ($id: ID!) { mediaAsset(id: $id) { id url variants { name format url } } }`,
      { id: asset.id },
      { token: editor },
    );
    expect(q.data!.mediaAsset.url).toBe(asset.url);
    expect(q.data!.mediaAsset.variants).toHaveLength(15);
  });

  it('never enlarges a small image (but always makes the thumbnail and the 1200×630 share image)', async () => {
    const asset = await uploadImage(api, editor, { width: 500, height: 300 });
    const widths = [...new Set(asset.variants.map((v: any) => `${v.name}:${v.width}`))].sort();
    expect(widths).toEqual(['og:1200', 'thumb:320']);
  });

  it('accepts raw uploads with the name and description in headers, and documents without a description', async () => {
    const raw = await uploadMedia(api, {
      fileName: 'anh.jpg',
      data: await testImage(700, 400, 'jpeg'),
      alt: 'Cánh đồng mía đồi',
      token: editor,
      raw: true,
    });
    expect(raw.status).toBe(201);
    expect(raw.body.alt).toBe('Cánh đồng mía đồi');

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const doc = await uploadMedia(api, { fileName: 'Kế hoạch 151.pdf', data: pdf, token: editor });
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ kind: 'DOCUMENT', mimeType: 'application/pdf', variants: [] });
    const res = await fetch(doc.body.url);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('Kế hoạch 151.pdf')}`,
    );
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('requires a description (alt) for images, on upload and on edit', async () => {
    const before = await mediaCount();
    for (const alt of [null, '   ']) {
      const r = await uploadMedia(api, {
        fileName: 'anh.png',
        data: await testImage(400, 300),
        alt,
        token: editor,
      });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors[0].extensions.fieldErrors.alt).toMatch(/mô tả ảnh/);
    }
    expect(await mediaCount()).toBe(before);
    const asset = await uploadImage(api, editor);
    const r = await api.gql(UPDATE_MEDIA, { id: asset.id, input: { alt: '' } }, { token: editor });
    expect(r.errors![0]!.extensions!.fieldErrors.alt).toMatch(/mô tả ảnh/);
  });

  it('refuses a disguised non-image and writes nothing', async () => {
    const before = await mediaCount();
    const cases: [string, Buffer, RegExp][] = [
      [
        'anh.jpg',
        Buffer.from('<html><script>alert(1)</script></html>'),
        /không thuộc loại được nhận/,
      ],
      ['anh.png', Buffer.from('%PDF-1.4\n%%EOF\n'), /đuôi \.png nhưng nội dung là PDF/],
      [
        'anh.png',
        Buffer.concat([
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
          Buffer.alloc(200, 7),
        ]),
        /Không đọc được ảnh/,
      ],
      [
        'chuong-trinh.exe.png',
        Buffer.from('MZ\x90\x00\x03\x00\x00\x00'),
        /không thuộc loại được nhận/,
      ],
    ];
    for (const [fileName, data, message] of cases) {
      const r = await uploadMedia(api, { fileName, data, alt: 'Ảnh', token: editor });
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors[0].extensions.fieldErrors.file).toMatch(message);
    }
    expect(await mediaCount()).toBe(before);
  });

  it('is for editors only', async () => {
    const data = await testImage(300, 200);
    const c = await uploadMedia(api, { fileName: 'a.png', data, alt: 'Ảnh', token: council });
    expect([c.status, c.body.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
    const anon = await uploadMedia(api, { fileName: 'a.png', data, alt: 'Ảnh' });
    expect([anon.status, anon.body.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // A session cookie sent by another site's form is not enough.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), 'a.png');
    form.append('alt', 'Ảnh');
    const csrf = await fetch(`${api.origin}/media`, {
      method: 'POST',
      headers: {
        cookie: `kn_session=${encodeURIComponent(editor)}`,
        origin: 'https://evil.example',
      },
      body: form,
    });
    expect(csrf.status).toBe(403);
    const list = await api.gql(`{ mediaAssets { totalCount } }`, {}, { token: council });
    expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('media library', () => {
  it('re-crops the share image around a new focal point (new immutable URLs)', async () => {
    const asset = await uploadImage(api, editor, { width: 1600, height: 1600 });
    const og = (a: any) => a.variants.filter((v: any) => v.name === 'og').map((v: any) => v.url);
    const before = og(asset);
    const r = await api.gql(
      UPDATE_MEDIA,
      { id: asset.id, input: { alt: 'Ảnh đã sửa mô tả', focalX: 0.2, focalY: 0.1 } },
      { token: editor },
    );
    expect(r.errors).toBeUndefined();
    const after = og(r.data!.updateMedia);
    expect(after).toHaveLength(3);
    expect(after.some((u: string) => before.includes(u))).toBe(false);
    expect((await fetch(before[0])).status).toBe(404);
    expect((await fetch(after[0])).status).toBe(200);
    expect(r.data!.updateMedia).toMatchObject({
      alt: 'Ảnh đã sửa mô tả',
      focalX: 0.2,
      focalY: 0.1,
    });
    const bad = await api.gql(
      UPDATE_MEDIA,
      { id: asset.id, input: { alt: 'x', focalX: 2, focalY: 0.5 } },
      {
        token: editor,
      },
    );
    expect(bad.errors![0]!.extensions!.fieldErrors.focalX).toBeTruthy();
  });

  it('renders library images as responsive pictures and refuses images from elsewhere', async () => {
    const asset = await uploadImage(api, editor, { width: 1200, height: 800, alt: 'Ruộng mía' });
    const body = {
      type: 'doc',
      content: [{ type: 'image', attrs: { mediaId: asset.id, alt: 'Ruộng mía đồi xã Như Thanh' } }],
    };
    const p = await createPost(api, editor, { title: 'Bài có ảnh', body, coverImageId: asset.id });
    expect(p.coverImage.id).toBe(asset.id);
    expect(p.ogImage.id).toBe(asset.id);
    expect(p.html).toMatch(
      /^<figure class="kn-image"><picture><source type="image\/avif" srcset="[^"]+320w, [^"]+640w, [^"]+1024w" sizes="[^"]+" \/><source type="image\/webp"/,
    );
    expect(p.html).toContain('alt="Ruộng mía đồi xã Như Thanh"');
    expect(p.html).toContain(`src="${api.origin}/media/${asset.id}/medium-1024x683-`);

    const foreign = await api.gql(
      `mutation ($input: PostInput!) { createPost(input: $input) { id } }`,
      {
        input: {
          kind: 'NEWS',
          title: 'Ảnh ngoài thư viện',
          body: {
            type: 'doc',
            content: [
              { type: 'image', attrs: { mediaId: '0b0e2c3a-1111-4222-8333-444455556666' } },
            ],
          },
        },
      },
      { token: editor },
    );
    expect(foreign.errors![0]!.extensions!.fieldErrors.body).toMatch(/thư viện media/);
  });

  it('refuses to delete a file still in use, and deletes it (and its files) once unused', async () => {
    const asset = await uploadImage(api, editor);
    const p = await createPost(api, editor, { title: 'Bài dùng ảnh bìa', coverImageId: asset.id });
    const used = await api.gql(DELETE_MEDIA, { id: asset.id }, { token: editor });
    expect(used.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(used.errors![0]!.message).toContain('Bài dùng ảnh bìa');
    await api.gql(
      `mutation ($id: ID!, $input: PostInput!) { updatePost(id: $id, expectedVersion: 1, input: $input) { id } }`,
      {
        id: p.id,
        input: { kind: 'NEWS', title: 'Bài dùng ảnh bìa', body: { type: 'doc', content: [] } },
      },
      { token: editor },
    );
    const ok = await api.gql(DELETE_MEDIA, { id: asset.id }, { token: editor });
    expect(ok.data!.deleteMedia).toBe(true);
    expect((await fetch(asset.url)).status).toBe(404);
  });

  it('lists and searches the library without accents', async () => {
    await uploadImage(api, editor, { alt: 'Đường hoa thôn kiểu mẫu' });
    const r = await api.gql(
      `query ($s: String) { mediaAssets(search: $s, kind: IMAGE, first: 5) { totalCount nodes { alt } } }`,
      { s: 'duong hoa' },
      { token: editor },
    );
    expect(r.data!.mediaAssets.totalCount).toBe(1);
    expect(r.data!.mediaAssets.nodes[0].alt).toBe('Đường hoa thôn kiểu mẫu');
  });
});

describe('query cost', () => {
  it('lists posts with cover images, tags, campaign and rendered HTML in a constant number of statements', async () => {
    const cover = await uploadImage(api, editor, { alt: 'Ảnh bìa chung' });
    const inline = await uploadImage(api, editor, { alt: 'Ảnh trong bài' });
    const tag = await api.gql(
      `mutation { createTag(input: { name: "Chi phí thấp", kind: TOPIC }) { id } }`,
      {},
      { token: editor },
    );
    for (let i = 0; i < 12; i++) {
      const p = await createPost(api, editor, {
        title: `Giải pháp chi phí thấp số ${i + 1}`,
        coverImageId: cover.id,
        tagIds: [tag.data!.createTag.id],
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${i}` }] },
            { type: 'image', attrs: { mediaId: inline.id } },
          ],
        },
      });
      await api.gql(
        `mutation ($id: ID!) { publishPost(id: $id) { id } }`,
        { id: p.id },
        {
          token: editor,
        },
      );
    }
    const PAGE = `query ($first: Int!) { posts(search: "chi phi thap", first: $first) {
      totalCount nodes { id title html tags { slug } campaign { id } coverImage { url variants { url } } ogImage { url } } } }`;
    const statements = async (first: number) => {
      await api.gql('{ contentVersion }');
      api.resetQueries();
      const r = await api.gql(PAGE, { first });
      expect(r.errors).toBeUndefined();
      expect(r.data!.posts.nodes).toHaveLength(first);
      expect(r.data!.posts.nodes[0].html).toContain('<picture>');
      return api.queries.length;
    };
    const few = await statements(3);
    const many = await statements(12);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(6);
  });
});

describe('a file gone from the store', () => {
  it('is answered 404 NOT_FOUND, and the API stays up', async () => {
    const { rm } = await import('node:fs/promises');
    const path = await import('node:path');
    const r = await uploadMedia(api, {
      fileName: 'mat-tep.png',
      data: await testImage(400, 300),
      alt: 'Ảnh sẽ bị xóa khỏi kho lưu trữ',
      token: editor,
    });
    expect(r.status).toBe(201);
    const variant = r.body.variants.find((v: any) => v.name === 'thumb' && v.format === 'jpeg');
    const [row] = await api.sql(
      `select v->>'storageKey' as key from media_asset, jsonb_array_elements(variants) v
        where id = $1 and v->>'name' = 'thumb' and v->>'format' = 'jpeg'`,
      [r.body.id],
    );
    expect(row?.key).toBeTruthy();
    await rm(path.join(api.storageDir, row.key));
    const res = await fetch(variant.url);
    expect(res.status).toBe(404);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${api.origin}/health`)).status).toBe(200);
    // The other files of the same image are still served.
    const other = r.body.variants.find((v: any) => v.name === 'thumb' && v.format === 'webp');
    expect((await fetch(other.url)).status).toBe(200);
  });
});
